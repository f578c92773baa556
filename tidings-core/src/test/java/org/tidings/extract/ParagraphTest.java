package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphTest {
  private static final String WORDS =
      "The valley orchard grew apples, pears and plums for a century";

  @Test
  void spacesCollapseAndEachTextNodeIsOnePiece() {
    Paragraph.Builder b = new Paragraph.Builder();
    assertTrue(b.isEmpty());
    b.add("  " + WORDS.replace(" grew ", " \n grew ") + " ", 10);
    b.space();
    b.add("Next.", 500);
    Paragraph p = b.build(Paragraph.Kind.TEXT);
    int grew = WORDS.indexOf(" grew");
    assertEquals(WORDS + " Next.", p.text());
    assertArrayEquals(new int[] {0, grew + 1, WORDS.length() + 1}, p.starts());
    assertArrayEquals(new long[] {12, 12 + grew + 3, 500}, p.sources());
    assertArrayEquals(new int[] {grew, WORDS.length() - grew - 1, 5}, p.lengths());
    assertTrue(b.isEmpty()); // built: the next paragraph starts empty
  }

  @Test
  void aWideCharLeavesTheNextParagraphsAsTheyAreAndLongTextsGrowTheBuffer() {
    Paragraph.Builder b = new Paragraph.Builder();
    b.add("It\u2019s \u4E00\u4E8C \u2014 done", -1);
    assertEquals("It\u2019s \u4E00\u4E8C \u2014 done", b.build(Paragraph.Kind.QUOTE).text());
    String longText = (WORDS + " ").repeat(40).strip();
    b.add(longText, 0);
    b.add(" tail", longText.length());
    Paragraph p = b.build(Paragraph.Kind.TEXT);
    assertEquals(longText + " tail", p.text());
    assertEquals(longText.length() + 5, b.length() + p.text().length());
    assertArrayEquals(new long[] {0}, p.sources()); // one piece: the tail continues the text
  }
}
