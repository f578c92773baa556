package org.tidings.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tidings.arms.DealLinker;
import org.tidings.model.Analysis;
import org.tidings.store.Store;

/** {@code tidings transfers --deals}: stored transfers linked into deals across articles. */
final class Deals {
  private Deals() {}

  static void print(
      Store store, List<Store.StoredTransfer> transfers, boolean jsonl, PrintWriter out) {
    List<DealLinker.Deal> deals = new DealLinker().link(reports(store, transfers));
    if (jsonl) {
      for (DealLinker.Deal d : deals) {
        Listing.line(out, json(d));
      }
      return;
    }
    Table t =
        new Table("SUPPLIER", "RECIPIENT", "SYSTEM", "STAGE", "QTY", "VALUE", "YEARS", "TIMELINE");
    for (DealLinker.Deal d : deals) {
      t.row(
          d.supplier().isEmpty() ? "?" : d.supplier(),
          d.recipient(),
          d.item(),
          stage(d.stage().name()),
          d.quantity() == 0 ? "" : Integer.toString(d.quantity()),
          d.value() == null ? "" : d.value().text(),
          d.years().isEmpty() ? "-" : d.years(),
          timeline(d));
    }
    SearchCommand.print(out, t, deals.size() + " deal(s)");
  }

  /** Each transfer as the article that reported it, with the article's publication date. */
  private static List<DealLinker.Report> reports(
      Store store, List<Store.StoredTransfer> transfers) {
    Map<String, Optional<LocalDate>> published = new HashMap<>();
    List<DealLinker.Report> reports = new ArrayList<>();
    for (Store.StoredTransfer st : transfers) {
      Optional<LocalDate> date =
          published.computeIfAbsent(
              st.articleId(),
              id -> store.article(id).flatMap((Analysis a) -> a.article().published()));
      reports.add(new DealLinker.Report(st.articleId(), date, st.transfer()));
    }
    return reports;
  }

  /** "negotiating (2016-11-24) → delivered (undated)", one step a report. */
  private static String timeline(DealLinker.Deal d) {
    List<String> steps = new ArrayList<>();
    for (DealLinker.Step s : d.timeline()) {
      steps.add(
          stage(s.stage().name())
              + " ("
              + s.published().map(LocalDate::toString).orElse("undated")
              + ")");
    }
    return String.join(" → ", steps);
  }

  private static String stage(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static ObjectNode json(DealLinker.Deal d) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("supplier", d.supplier());
    o.put("recipient", d.recipient());
    o.put("item", d.item());
    o.put("stage", d.stage().name());
    o.put("quantity", d.quantity());
    if (d.value() == null) {
      o.putNull("value");
    } else {
      o.put("value", d.value().value());
      o.put("unit", d.value().unit());
    }
    o.put("years", d.years());
    ArrayNode steps = o.putArray("timeline");
    for (DealLinker.Step s : d.timeline()) {
      ObjectNode n = steps.addObject();
      n.put("articleId", s.articleId());
      n.put("published", s.published().map(LocalDate::toString).orElse(null));
      n.put("stage", s.stage().name());
    }
    ArrayNode sources = o.putArray("sources");
    d.sources().forEach(sources::add);
    return o;
  }
}
