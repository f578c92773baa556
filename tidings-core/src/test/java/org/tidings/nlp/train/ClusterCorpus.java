package org.tidings.nlp.train;

import java.util.ArrayList;
import java.util.List;

/** The made-up corpus both clusterers' tests learn from. */
final class ClusterCorpus {
  private ClusterCorpus() {}

  /** Sentences where cities and verbs each share their contexts. */
  static List<List<String>> sentences() {
    String[] cities = {"Paris", "Lagos", "Quito", "Hanoi"};
    String[] verbs = {"said", "added", "noted", "claimed"};
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      for (String c : cities) {
        for (String v : verbs) {
          out.add(List.of("he", "flew", "to", c, "and", v, "that", "it", "rained", "."));
          out.add(List.of("in", c, "officials", v, "nothing", "."));
        }
      }
    }
    return out;
  }
}
