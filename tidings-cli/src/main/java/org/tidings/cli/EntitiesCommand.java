package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings entities}: who and what is mentioned most. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "List entities mentioned in stored articles, most mentioned first.")
final class EntitiesCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(names = "--type", description = "Only this type: ${COMPLETION-CANDIDATES} (any case).")
  EntityType type;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many.")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  Listing format;

  @Mixin Options.Data data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Store.EntityCount> counts;
    try (Store store = root.parts().stores().apply(data.dir)) {
      counts = store.entities(Optional.ofNullable(type).map(Enum::name), limit);
    }
    if (format == Listing.JSONL) {
      for (Store.EntityCount c : counts) {
        Entity e = c.example();
        ObjectNode o = Listing.MAPPER.createObjectNode();
        o.put("canonical", e.canonical());
        o.put("type", e.type().name());
        o.put("country", e.country());
        o.put("role", e.role());
        o.put("mentions", c.mentions());
        o.put("articles", c.articles());
        Listing.line(out, o);
      }
    } else {
      Table t = new Table("NAME", "TYPE", "COUNTRY", "ROLE", "MENTIONS", "ARTICLES");
      for (Store.EntityCount c : counts) {
        Entity e = c.example();
        t.row(
            e.canonical().isEmpty() ? e.text() : e.canonical(),
            e.type().name(),
            e.country().isEmpty() ? "-" : e.country(),
            e.role().isEmpty() ? "-" : e.role(),
            c.mentions(),
            c.articles());
      }
      SearchCommand.print(out, t, counts.size() + " entit" + (counts.size() == 1 ? "y" : "ies"));
    }
    out.flush();
    return 0;
  }
}
