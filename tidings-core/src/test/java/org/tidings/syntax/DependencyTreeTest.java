package org.tidings.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {
  // Azerbaijan does not want to buy arms from Russia because of the war .
  private final DependencyTree tree =
      new DependencyTree(
          List.of(
              "Azerbaijan",
              "does",
              "not",
              "want",
              "to",
              "buy",
              "arms",
              "from",
              "Russia",
              "because",
              "of",
              "the",
              "war",
              "."),
          List.of(
              "PROPN", "AUX", "PART", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "SCONJ",
              "ADP", "DET", "NOUN", "PUNCT"),
          List.of(3, 3, 3, -1, 5, 3, 5, 8, 5, 12, 9, 12, 3, 3),
          List.of(
              "nsubj", "aux", "advmod", "root", "mark", "xcomp", "obj", "case", "obl", "case",
              "fixed", "det", "obl", "punct"));

  @Test
  void readsSubjectsObjectsAndObliques() {
    assertEquals(3, tree.root());
    assertEquals(OptionalInt.of(0), tree.subjectOf(3));
    assertEquals(OptionalInt.of(0), tree.subjectOf(5)); // through the open complement
    assertEquals(List.of(6), tree.objectsOf(5));
    assertEquals(List.of(new Oblique(8, "obl", "from")), tree.obliquesOf(5));
    assertEquals(List.of(new Oblique(12, "obl", "because of")), tree.obliquesOf(3));
    assertTrue(tree.isNegated(3));
    assertFalse(tree.isNegated(5));
    assertFalse(tree.isPassive(3));
    assertEquals(List.of(0, 1, 2, 5, 12, 13), tree.children(3));
    assertEquals(List.of(4, 5, 6, 7, 8), tree.subtree(5));
    assertEquals(List.of(9, 10, 11, 12), tree.subtree(12));
    assertTrue(tree.dominates(3, 10));
    assertFalse(tree.dominates(5, 10));
  }

  @Test
  void findsPassiveAgents() {
    DependencyTree passive =
        new DependencyTree(
            List.of("Weapons", "were", "delivered", "by", "Russia"),
            List.of("NOUN", "AUX", "VERB", "ADP", "PROPN"),
            List.of(2, 2, -1, 4, 2),
            List.of("nsubj:pass", "aux:pass", "root", "case", "obl:agent"));
    assertTrue(passive.isPassive(2));
    assertEquals(OptionalInt.of(4), passive.agentOf(2));
    assertEquals(OptionalInt.of(0), passive.subjectOf(2));
    assertEquals("nsubj", passive.baseRelation(0));
  }

  @Test
  void rejectsBrokenTrees() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DependencyTree(List.of("a"), List.of("DET"), List.of(5), List.of("root")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DependencyTree(List.of("a"), List.of(), List.of(-1), List.of("root")));
  }
}
