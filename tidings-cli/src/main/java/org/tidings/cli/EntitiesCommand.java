package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tidings entities}: who and what is mentioned most. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "List entities mentioned in stored articles, most mentioned first.")
final class EntitiesCommand extends ListingCommand<Store.EntityCount> {
  @Option(names = "--type", description = "Only this type: ${COMPLETION-CANDIDATES} (any case).")
  EntityType type;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many.")
  int limit;

  @Override
  List<Store.EntityCount> rows(Store store) {
    return store.entities(Optional.ofNullable(type).map(Enum::name), limit);
  }

  @Override
  ObjectNode json(Store.EntityCount c) {
    Entity e = c.example();
    ObjectNode o = Listing.MAPPER.createObjectNode();
    o.put("canonical", e.canonical());
    o.put("type", e.type().name());
    o.put("country", e.country());
    o.put("role", e.role());
    o.put("mentions", c.mentions());
    o.put("articles", c.articles());
    return o;
  }

  @Override
  Table table() {
    return new Table("NAME", "TYPE", "COUNTRY", "ROLE", "MENTIONS", "ARTICLES");
  }

  @Override
  Object[] cells(Store.EntityCount c) {
    Entity e = c.example();
    return new Object[] {
      e.canonical().isEmpty() ? e.text() : e.canonical(),
      e.type().name(),
      e.country().isEmpty() ? "-" : e.country(),
      e.role().isEmpty() ? "-" : e.role(),
      c.mentions(),
      c.articles()
    };
  }

  @Override
  String footer(int count) {
    return count + " entit" + (count == 1 ? "y" : "ies");
  }
}
