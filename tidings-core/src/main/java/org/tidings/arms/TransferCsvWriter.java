package org.tidings.arms;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.TransferStage;

/**
 * Writes transfers as CSV with SIPRI-like columns, one row per system or class: supplier,
 * recipient, designation, category, number, order year(s), delivery year(s), stage, value,
 * currency, comments (the source sentence) and article id. Fields are quoted as RFC 4180 says.
 *
 * <p>Years go to "order years" for deals not yet delivered, and for delivered ones when the
 * sentence speaks of a contract ("contracts signed in 2009-2011"); else to "delivery years".
 */
public final class TransferCsvWriter {
  /** The header row. */
  public static final List<String> COLUMNS =
      List.of(
          "supplier",
          "recipient",
          "designation",
          "category",
          "number",
          "order_years",
          "delivery_years",
          "stage",
          "value",
          "currency",
          "comments",
          "article_id");

  private static final Pattern CONTRACT =
      Pattern.compile("(?i)\\b(?:contracts?|signed|ordered|orders?|deals?|agreements?)\\b");

  private final WeaponGazetteer gazetteer;

  public TransferCsvWriter(WeaponGazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
  }

  /** A writer that takes categories from the bundled gazetteer. */
  public static TransferCsvWriter standard() {
    return new TransferCsvWriter(WeaponGazetteer.standard());
  }

  public void writeHeader(Appendable out) throws IOException {
    line(out, COLUMNS);
  }

  /** Writes every transfer found in an analysis. */
  public void write(Appendable out, Analysis analysis) throws IOException {
    for (ArmsTransfer t : analysis.transfers()) {
      write(out, analysis.article().id(), analysis.article().text(), t);
    }
  }

  /** Writes one transfer of the article with this id and text. */
  public void write(Appendable out, String articleId, String text, ArmsTransfer t)
      throws IOException {
    String sentence = t.sentence().of(text).replaceAll("\\s+", " ").strip();
    boolean ordered = t.stage() != TransferStage.DELIVERED || CONTRACT.matcher(sentence).find();
    String orderYears = ordered ? t.years() : "";
    String deliveryYears = ordered ? "" : t.years();
    String value = "";
    String currency = "";
    if (t.value() != null) {
      value = number(t.value().value());
      currency = t.value().unit();
    }
    String comments =
        (t.value() != null && t.value().approximate() ? "value approximate; " : "")
            + (t.items().size() > 1 && t.quantity() > 0 ? t.quantity() + " items in all; " : "")
            + sentence;
    for (String item : t.items()) {
      String category = gazetteer.system(item).map(s -> s.category().label()).orElse("other");
      String number = t.items().size() == 1 && t.quantity() > 0 ? "" + t.quantity() : "";
      line(
          out,
          List.of(
              t.supplier(),
              t.recipient(),
              item,
              category,
              number,
              orderYears,
              deliveryYears,
              t.stage().name().toLowerCase(Locale.ROOT),
              value,
              currency,
              comments,
              articleId));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e18 ? Long.toString((long) v) : Double.toString(v);
  }

  private static void line(Appendable out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** Quotes a field that holds a comma, a quote or a line break. */
  static String quote(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
