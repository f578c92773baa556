package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Event;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings events}: stored CAMEO events. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "List stored CAMEO events: who did what to whom, with the sentence it came from.")
final class EventsCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

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

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Listing format;

  @Mixin Options.Data data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Store.EventQuery q =
        new Store.EventQuery(
            Optional.ofNullable(actor),
            Optional.ofNullable(code),
            Optional.ofNullable(from),
            Optional.ofNullable(to),
            limit);
    List<Store.StoredEvent> events;
    try (Store store = root.parts().stores().apply(data.dir)) {
      events = store.events(q);
    }
    if (format == Listing.JSONL) {
      AnalysisJson json = new AnalysisJson();
      for (Store.StoredEvent se : events) {
        ObjectNode o = json.event(se.event());
        o.put("articleId", se.articleId());
        o.put("sentence", se.sentence());
        Listing.line(out, o);
      }
    } else {
      Table t = new Table("DATE", "SOURCE", "CODE", "TARGET", "GOLDSTEIN", "SENTENCE", "ARTICLE");
      for (Store.StoredEvent se : events) {
        Event e = se.event();
        t.row(
            e.date().isEmpty() ? "-" : e.date(),
            e.source(),
            e.code(),
            e.target().isEmpty() ? "-" : e.target(),
            Table.number(e.goldstein()),
            se.sentence(),
            se.articleId());
      }
      SearchCommand.print(out, t, events.size() + " event(s)");
    }
    out.flush();
    return 0;
  }
}
