package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FurnitureRulesTest {
  @Test
  void keysAreCaseFoldedCollapsedAndTrimmed() {
    assertEquals("share this", FurnitureRules.normalize("  Share\u00A0 THIS :"));
    assertEquals("read more", FurnitureRules.normalize("Read more »"));
    assertEquals("", FurnitureRules.normalize(" \u2003: "));
  }

  @Test
  void aKeyHashIsTheHashOfTheKeyItself() {
    List<String> lines =
        List.of(
            "",
            "   ",
            " : | ",
            "Plain text, nothing to do",
            "  Leading and   inner\u00A0spaces\u2009and a tail :…  ",
            "Curly “quotes” and ÉCOLE, Ĳ and Ǆ",
            "ΟΔΥΣΣΕΑΣ ends with capital sigma Σ",
            "İstanbul dotted capital I",
            "Kelvin \u212A and Angstrom \u212B signs",
            "Deseret \uD801\uDC00 and a lone \uD801 surrogate",
            "Москва, КРЕМЛЬ — 巴库",
            // Longer than the hashed chars: a space, a sigma or a dotted I at and after the edge.
            "x".repeat(63) + " y and more",
            "x".repeat(63) + "  \u00A0 Y and more",
            "X".repeat(64) + " Σ İ \uD801\uDC00 after the edge",
            "A".repeat(62) + "İ then more text",
            "A".repeat(63) + "ΣΑ then more text",
            " ".repeat(70) + "B".repeat(70) + " :");
    for (String line : lines) {
      String key = FurnitureRules.normalize(line);
      assertEquals(FurnitureRules.hash(key), FurnitureRules.keyHash(line), line);
    }
    assertEquals(FurnitureRules.EMPTY_KEY_HASH, FurnitureRules.keyHash(" \u3000: "));
    assertEquals(FurnitureRules.keyHash("Same Text"), FurnitureRules.keyHash("same  text:"));
    assertNotEquals(FurnitureRules.keyHash("same text"), FurnitureRules.keyHash("same texts"));
    String head = "a long paragraph opening, ".repeat(3);
    assertEquals(
        FurnitureRules.keyHash(head + "then one ending"),
        FurnitureRules.keyHash(head + "then ANOTHER"),
        "only the first chars are hashed: the keys tell such paragraphs apart");
  }

  @Test
  void relatedLinesAreShortHeadings() {
    FurnitureRules rules =
        new FurnitureRules(
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of("you may also like"),
            List.of(),
            Set.of());
    assertTrue(rules.isRelatedLine("You may also like..."));
    assertTrue(rules.isRelatedKey("You may also like:", "you may also like"));
    assertFalse(rules.isRelatedLine("You may also like " + "x".repeat(60)));
  }
}
