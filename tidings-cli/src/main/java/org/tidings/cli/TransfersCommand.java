package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.json.AnalysisJson;
import org.tidings.model.ArmsTransfer;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings transfers}: stored arms transfers. */
@Command(
    name = "transfers",
    mixinStandardHelpOptions = true,
    description = "List stored arms transfers: supplier, recipient, systems, value, years, stage.")
final class TransfersCommand implements Callable<Integer> {
  /** Output formats of this command. */
  enum Format {
    TABLE,
    CSV,
    JSONL
  }

  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(names = "--supplier", description = "ISO 3166 alpha-3 code of the supplier: RUS.")
  String supplier;

  @Option(names = "--recipient", description = "ISO 3166 alpha-3 code of the recipient: AZE.")
  String recipient;

  @Option(names = "--system", description = "Weapon system or class, any part of its name.")
  String system;

  @Option(names = "--limit", defaultValue = "1000", description = "At most this many.")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl.")
  Format format;

  @Option(
      names = "--deals",
      description =
          "Link transfers across articles into deals (same supplier, recipient and system),"
              + " each with its furthest stage and a timeline of stages and sources.")
  boolean deals;

  @Mixin Options.Data data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Store.TransferQuery q =
        new Store.TransferQuery(
            Optional.ofNullable(supplier),
            Optional.ofNullable(recipient),
            Optional.ofNullable(system),
            limit);
    try (Store store = root.parts().stores().apply(data.dir)) {
      if (deals) {
        Deals.print(store, store.transfers(q), format == Format.JSONL, out);
      } else {
        print(store, store.transfers(q), out);
      }
    }
    out.flush();
    return 0;
  }

  private void print(Store store, List<Store.StoredTransfer> transfers, PrintWriter out)
      throws IOException {
    switch (format) {
      case CSV -> Wiring.writeTransfersCsv(store, transfers, out);
      case JSONL -> {
        AnalysisJson json = new AnalysisJson();
        for (Store.StoredTransfer st : transfers) {
          ObjectNode o = json.transfer(st.transfer());
          o.put("articleId", st.articleId());
          o.put("sentence", st.sentence());
          Listing.line(out, o);
        }
      }
      default -> {
        Table t =
            new Table(
                "SUPPLIER", "RECIPIENT", "SYSTEMS", "QTY", "VALUE", "YEARS", "STAGE", "SENTENCE");
        for (Store.StoredTransfer st : transfers) {
          ArmsTransfer tr = st.transfer();
          t.row(
              tr.supplier().isEmpty() ? "?" : tr.supplier(),
              tr.recipient().isEmpty() ? "?" : tr.recipient(),
              String.join(", ", tr.items()),
              tr.quantity() == 0 ? "" : Integer.toString(tr.quantity()),
              tr.value() == null ? "" : tr.value().text(),
              tr.years().isEmpty() ? "-" : tr.years(),
              tr.stage().name().toLowerCase(java.util.Locale.ROOT),
              st.sentence());
        }
        SearchCommand.print(out, t, transfers.size() + " transfer(s)");
      }
    }
  }
}
