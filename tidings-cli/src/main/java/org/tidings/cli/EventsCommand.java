package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tidings.events.CameoCode;
import org.tidings.events.Codebook;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Event;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings events}: stored CAMEO events. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "List stored CAMEO events: who did what to whom, with the sentence it came from.")
final class EventsCommand extends ListingCommand<Store.StoredEvent> {
  private final AnalysisJson json = new AnalysisJson();
  private final Codebook codebook = Codebook.standard();

  @Option(
      names = "--actor",
      description = "Actor code or its prefix, as source or target: RUS, AZEGOV.")
  String actor;

  @Option(names = "--code", description = "CAMEO code or its prefix: 04, 046.")
  String code;

  @Option(names = "--from", paramLabel = "DATE", description = "Earliest event date, YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Latest event date, YYYY-MM-DD.")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many.")
  int limit;

  @Override
  List<Store.StoredEvent> rows(Store store) {
    return store.events(
        new Store.EventQuery(
            Optional.ofNullable(actor),
            Optional.ofNullable(code),
            Optional.ofNullable(from),
            Optional.ofNullable(to),
            limit));
  }

  @Override
  ObjectNode json(Store.StoredEvent se) {
    return json.event(se.event()).put("articleId", se.articleId()).put("sentence", se.sentence());
  }

  @Override
  Table table() {
    return new Table(
        "DATE", "SOURCE", "CODE", "WHAT", "TARGET", "GOLDSTEIN", "SENTENCE", "ARTICLE");
  }

  @Override
  Object[] cells(Store.StoredEvent se) {
    Event e = se.event();
    return new Object[] {
      e.date().isEmpty() ? "-" : e.date(),
      e.source(),
      e.code(),
      codebook.findOrBroader(e.code()).map(CameoCode::label).orElse(""),
      e.target().isEmpty() ? "-" : e.target(),
      Table.number(e.goldstein()),
      se.sentence(),
      se.articleId()
    };
  }

  @Override
  String footer(int count) {
    return count + " event(s)";
  }
}
