package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tidings.store.Store;

/** JSON forms of what the store lists. */
final class Summaries {
  private Summaries() {}

  static ObjectNode article(Store.ArticleSummary a) {
    ObjectNode o = Listing.MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("title", a.title());
    if (a.published().isPresent()) {
      o.put("published", a.published().get().toString());
    } else {
      o.putNull("published");
    }
    o.put("language", a.language());
    return o;
  }
}
