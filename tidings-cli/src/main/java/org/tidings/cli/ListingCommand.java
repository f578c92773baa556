package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that lists stored rows of one kind, as an aligned table or as JSON Lines. Subclasses
 * say how to query the store and how one row looks in each format; opening the store, choosing the
 * format and the "nothing found" footer are done once here.
 *
 * @param <T> the stored row type
 */
abstract class ListingCommand<T> implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Listing format;

  @Mixin Options.Data data;

  /** The rows this command lists, read while the store is open. */
  abstract List<T> rows(Store store);

  /** One row as a JSON object. */
  abstract ObjectNode json(T row);

  /** An empty table with this command's column headers. */
  abstract Table table();

  /** The cells of one table row, in header order. */
  abstract Object[] cells(T row);

  /** The footer under a non-empty table, e.g. "3 event(s)". */
  abstract String footer(int count);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<T> rows;
    try (Store store = root.parts().stores().apply(data.dir)) {
      rows = rows(store);
    }
    if (format == Listing.JSONL) {
      rows.forEach(r -> Listing.line(out, json(r)));
    } else {
      Table t = table();
      rows.forEach(r -> t.row(cells(r)));
      SearchCommand.print(out, t, footer(rows.size()));
    }
    out.flush();
    return 0;
  }
}
