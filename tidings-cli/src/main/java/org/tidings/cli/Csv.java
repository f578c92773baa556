package org.tidings.cli;

import java.io.PrintWriter;
import java.util.List;
import org.tidings.model.ArmsTransfer;
import org.tidings.store.Store;

/** RFC 4180 CSV cells, and the plain transfer CSV used until the arms module's writer is wired. */
final class Csv {
  private Csv() {}

  static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  static String row(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(cell(c));
    }
    return b.toString();
  }

  static void writeTransfers(List<Store.StoredTransfer> transfers, PrintWriter out) {
    out.print(
        row(
            List.of(
                "article",
                "supplier",
                "recipient",
                "items",
                "quantity",
                "value",
                "unit",
                "years",
                "stage",
                "sentence")));
    out.print("\r\n");
    for (Store.StoredTransfer st : transfers) {
      ArmsTransfer t = st.transfer();
      out.print(
          row(
              List.of(
                  st.articleId(),
                  t.supplier(),
                  t.recipient(),
                  String.join("; ", t.items()),
                  t.quantity() == 0 ? "" : Integer.toString(t.quantity()),
                  t.value() == null ? "" : Table.number(t.value().value()),
                  t.value() == null ? "" : t.value().unit(),
                  t.years(),
                  t.stage().name(),
                  st.sentence())));
      out.print("\r\n");
    }
    out.flush();
  }
}
