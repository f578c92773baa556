package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings search QUERY}: full-text search of stored articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search stored articles (Lucene query syntax: words, \"phrases\", title:word).")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
  List<String> query;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits.")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  Listing format;

  @Mixin Options.Data data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Store.SearchHit> hits;
    try (Store store = root.parts().stores().apply(data.dir)) {
      hits = store.search(String.join(" ", query), limit);
    }
    if (format == Listing.JSONL) {
      for (Store.SearchHit h : hits) {
        ObjectNode o = Summaries.article(h.article());
        o.put("score", h.score());
        o.put("snippet", h.snippet());
        Listing.line(out, o);
      }
    } else {
      Table t = new Table("SCORE", "PUBLISHED", "TITLE", "SNIPPET", "ID");
      for (Store.SearchHit h : hits) {
        t.row(
            String.format(Locale.ROOT, "%.2f", h.score()),
            h.article().published().map(Object::toString).orElse("-"),
            h.article().title(),
            Jsoup.parse(h.snippet()).text(),
            h.article().id());
      }
      print(out, t, hits.size() + " hit(s)");
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, Table t, String footer) {
    if (t.isEmpty()) {
      out.println("Nothing found.");
    } else {
      t.print(out);
      out.println(footer);
    }
  }
}
