package org.tidings.eval.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** {@link WordScore}s of one system by WCXB page type, and over all pages. */
final class WordScoreTable {
  static final String ALL = "all types";

  private final Map<String, WordScore> byType = new TreeMap<>();
  private final WordScore all = new WordScore();

  /** Scores one page of the given type; returns its F1. */
  double add(String type, String truth, String prediction) {
    byType.computeIfAbsent(type, t -> new WordScore()).add(truth, prediction);
    return all.add(truth, prediction);
  }

  WordScore all() {
    return all;
  }

  /** The score of one page type, or of all pages for {@link #ALL}. */
  WordScore type(String type) {
    return type.equals(ALL) ? all : byType.getOrDefault(type, new WordScore());
  }

  /** Page types, most pages first, then {@link #ALL}. */
  List<String> types() {
    List<String> types = new ArrayList<>(byType.keySet());
    types.sort((a, b) -> Integer.compare(byType.get(b).pages(), byType.get(a).pages()));
    types.add(ALL);
    return types;
  }

  /**
   * Prints one row a page type and one column a system, F1 then precision/recall, the systems in
   * the map's order; the first system's page types make the rows.
   */
  static void print(Map<String, WordScoreTable> systems) {
    WordScoreTable first = systems.values().iterator().next();
    StringBuilder head =
        new StringBuilder(String.format(Locale.ROOT, "  %-14s %5s", "type", "pages"));
    for (String name : systems.keySet()) {
      head.append(String.format(Locale.ROOT, "  %-20s", name + " F1 (P/R)"));
    }
    System.out.println(head);
    for (String type : first.types()) {
      StringBuilder row =
          new StringBuilder(
              String.format(Locale.ROOT, "  %-14s %5d", type, first.type(type).pages()));
      for (WordScoreTable t : systems.values()) {
        WordScore w = t.type(type);
        row.append(
            String.format(Locale.ROOT, "  %.3f (%.3f/%.3f)   ", w.f1(), w.precision(), w.recall()));
      }
      System.out.println(row);
    }
  }
}
