package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Quote;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings quotes}: who said what. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "List stored quotes, direct and reported, with their speakers.")
final class QuotesCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(names = "--speaker", description = "Canonical name of the speaker (case-insensitive).")
  String speaker;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many.")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Listing format;

  @Mixin Options.Data data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Store.StoredQuote> quotes;
    try (Store store = root.parts().stores().apply(data.dir)) {
      quotes = store.quotes(Optional.ofNullable(speaker), limit);
    }
    if (format == Listing.JSONL) {
      AnalysisJson json = new AnalysisJson();
      for (Store.StoredQuote sq : quotes) {
        ObjectNode o = json.quote(sq.quote());
        o.put("articleId", sq.articleId());
        Listing.line(out, o);
      }
    } else {
      Table t = new Table("SPEAKER", "QUOTE", "KIND", "ARTICLE");
      for (Store.StoredQuote sq : quotes) {
        Quote q = sq.quote();
        t.row(
            q.speaker().isEmpty() ? "?" : q.speaker(),
            q.text(),
            q.indirect() ? "reported" : "direct",
            sq.articleId());
      }
      SearchCommand.print(out, t, quotes.size() + " quote(s)");
    }
    out.flush();
    return 0;
  }
}
