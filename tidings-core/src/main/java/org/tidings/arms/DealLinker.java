package org.tidings.arms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tidings.model.Amount;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.TransferStage;

/**
 * Links transfers reported by many articles into deals: the same supplier, recipient and system (or
 * class) make one deal, with a timeline of the stages reported and the articles that reported them.
 * A report that does not name the supplier joins the one deal that has the same recipient and item,
 * if there is exactly one. Pure: the same reports give the same deals.
 */
public final class DealLinker {

  /** One transfer as one article reported it. */
  public record Report(String articleId, Optional<LocalDate> published, ArmsTransfer transfer) {
    public Report {
      Objects.requireNonNull(articleId);
      Objects.requireNonNull(published);
      Objects.requireNonNull(transfer);
    }
  }

  /** One reported stage of a deal. */
  public record Step(
      String articleId, Optional<LocalDate> published, TransferStage stage, ArmsTransfer transfer) {
    public Step {
      Objects.requireNonNull(articleId);
      Objects.requireNonNull(published);
      Objects.requireNonNull(stage);
      Objects.requireNonNull(transfer);
    }
  }

  /**
   * Everything known about one deal.
   *
   * @param supplier ISO alpha-3 code of the supplier, or the empty string
   * @param recipient ISO alpha-3 code of the recipient
   * @param item the system's designation or the class
   * @param stage the furthest stage reported
   * @param timeline the reports, oldest publication first, undated ones last in input order
   * @param sources the ids of the articles that reported it, in timeline order, without repeats
   * @param quantity the largest number reported, or 0
   * @param value the first value reported, or null
   * @param years every year reported, as "2009" or a range "2009/2011", or the empty string
   */
  public record Deal(
      String supplier,
      String recipient,
      String item,
      TransferStage stage,
      List<Step> timeline,
      List<String> sources,
      int quantity,
      Amount value,
      String years) {
    public Deal {
      Objects.requireNonNull(supplier);
      Objects.requireNonNull(recipient);
      Objects.requireNonNull(item);
      Objects.requireNonNull(stage);
      timeline = List.copyOf(timeline);
      sources = List.copyOf(sources);
      Objects.requireNonNull(years);
    }
  }

  private record Key(String supplier, String recipient, String item) {}

  /** The deals the reports describe, in order of their first report. */
  public List<Deal> link(List<Report> reports) {
    Map<Key, List<Step>> groups = new LinkedHashMap<>();
    List<Report> supplierless = new ArrayList<>();
    for (Report r : reports) {
      ArmsTransfer t = r.transfer();
      if (t.supplier().isEmpty()) {
        supplierless.add(r);
        continue;
      }
      for (String item : t.items()) {
        groups
            .computeIfAbsent(new Key(t.supplier(), t.recipient(), item), k -> new ArrayList<>())
            .add(step(r));
      }
    }
    for (Report r : supplierless) {
      ArmsTransfer t = r.transfer();
      for (String item : t.items()) {
        List<Key> known =
            groups.keySet().stream()
                .filter(k -> k.recipient().equals(t.recipient()) && k.item().equals(item))
                .toList();
        Key key = known.size() == 1 ? known.get(0) : new Key("", t.recipient(), item);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(step(r));
      }
    }
    List<Deal> deals = new ArrayList<>();
    for (Map.Entry<Key, List<Step>> e : groups.entrySet()) {
      deals.add(deal(e.getKey(), e.getValue()));
    }
    return deals;
  }

  private static Step step(Report r) {
    return new Step(r.articleId(), r.published(), r.transfer().stage(), r.transfer());
  }

  private static Deal deal(Key key, List<Step> steps) {
    List<Step> timeline = new ArrayList<>(steps);
    timeline.sort(
        Comparator.comparing(
            (Step s) -> s.published().orElse(LocalDate.MAX))); // stable: undated keep order
    TransferStage stage = TransferStage.UNKNOWN;
    List<String> sources = new ArrayList<>();
    int quantity = 0;
    Amount value = null;
    String first = "";
    String last = "";
    for (Step s : timeline) {
      if (TransferFinder.rank(s.stage()) > TransferFinder.rank(stage)) {
        stage = s.stage();
      }
      if (!sources.contains(s.articleId())) {
        sources.add(s.articleId());
      }
      quantity = Math.max(quantity, s.transfer().quantity());
      if (value == null) {
        value = s.transfer().value();
      }
      for (String year : s.transfer().years().split("/")) {
        if (year.isEmpty()) {
          continue;
        }
        first = first.isEmpty() || year.compareTo(first) < 0 ? year : first;
        last = last.isEmpty() || year.compareTo(last) > 0 ? year : last;
      }
    }
    String years = first.equals(last) ? first : first + "/" + last;
    return new Deal(
        key.supplier(),
        key.recipient(),
        key.item(),
        stage,
        timeline,
        sources,
        quantity,
        value,
        years);
  }
}
