package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Quote;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings quotes}: who said what. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "List stored quotes, direct and reported, with their speakers.")
final class QuotesCommand extends ListingCommand<Store.StoredQuote> {
  private final AnalysisJson json = new AnalysisJson();

  @Option(names = "--speaker", description = "Canonical name of the speaker (case-insensitive).")
  String speaker;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many.")
  int limit;

  @Override
  List<Store.StoredQuote> rows(Store store) {
    return store.quotes(Optional.ofNullable(speaker), limit);
  }

  @Override
  ObjectNode json(Store.StoredQuote sq) {
    return json.quote(sq.quote()).put("articleId", sq.articleId());
  }

  @Override
  Table table() {
    return new Table("SPEAKER", "QUOTE", "KIND", "ARTICLE");
  }

  @Override
  Object[] cells(Store.StoredQuote sq) {
    Quote q = sq.quote();
    return new Object[] {
      q.speaker().isEmpty() ? "?" : q.speaker(),
      q.text(),
      q.indirect() ? "reported" : "direct",
      sq.articleId()
    };
  }

  @Override
  String footer(int count) {
    return count + " quote(s)";
  }
}
