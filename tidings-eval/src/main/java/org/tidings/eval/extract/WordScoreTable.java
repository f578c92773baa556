package org.tidings.eval.extract;

import java.util.LinkedHashMap;
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
    List<String> types =
        byType.entrySet().stream()
            .sorted((a, b) -> Integer.compare(b.getValue().pages(), a.getValue().pages()))
            .map(Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    types.add(ALL);
    return types;
  }

  /**
   * Prints one row a page type and one column a system (F1, then precision/recall), the first
   * system's F1 against each other's as a difference.
   */
  static void print(Map<String, WordScoreTable> systems) {
    Map<String, WordScoreTable> s = new LinkedHashMap<>(systems);
    WordScoreTable first = s.values().iterator().next();
    StringBuilder head =
        new StringBuilder(String.format(Locale.ROOT, "  %-14s %5s", "type", "pages"));
    for (String name : s.keySet()) {
      head.append(String.format(Locale.ROOT, "  %-20s", name + " F1 (P/R)"));
    }
    System.out.println(head);
    for (String type : first.types()) {
      StringBuilder row =
          new StringBuilder(
              String.format(Locale.ROOT, "  %-14s %5d", type, first.type(type).pages()));
      for (WordScoreTable t : s.values()) {
        WordScore w = t.type(type);
        row.append(
            String.format(Locale.ROOT, "  %.3f (%.3f/%.3f)   ", w.f1(), w.precision(), w.recall()));
      }
      System.out.println(row);
    }
  }
}
