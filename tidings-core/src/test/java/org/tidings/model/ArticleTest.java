package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ArticleTest {
  /** The id as specified: SHA-256 of String.getBytes(UTF_8), first 8 bytes in hex. */
  private static String reference(String text) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 8);
  }

  @Test
  void idIsTheSha256OfTheUtf8Text() throws Exception {
    assertEquals("e3b0c44298fc1c14", Article.idOf(""), "SHA-256 of nothing");
    String[] texts = {
      "Azerbaijan buys arms",
      "Café “quoted” — Ереван, 巴库 😀 done",
      "lone high \uD83D then text",
      "lone low \uDE00 here",
      "ends high \uD83D",
    };
    for (String t : texts) {
      assertEquals(reference(t), Article.idOf(t), t);
    }
    assertNotEquals(Article.idOf("a"), Article.idOf("b"));
  }

  @Test
  void hex16IsTheFirstEightBytesInLowerCaseHex() {
    byte[] b = {0, 1, 15, 16, 127, -128, -1, -85, 99};
    assertEquals(HexFormat.of().formatHex(b, 0, 8), Article.hex16(b));
    assertEquals("00010f107f80ffab", Article.hex16(b));
  }

  @Test
  void longTextsHashAcrossChunksAndPairsAtTheirEdges() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 9000; i++) {
      sb.append(i % 7 == 0 ? "é" : i % 11 == 0 ? "😀" : i % 13 == 0 ? "\uD83D" : "a");
    }
    for (int cut = 2040; cut < 2060; cut++) {
      String t = sb.substring(0, cut) + "😀" + sb.substring(cut);
      assertEquals(reference(t), Article.idOf(t), "pair at " + cut);
    }
  }
}
