package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  /** The text's UTF-8 bytes read as Latin-1: what a page encoded twice shows. */
  private static String twice(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void decodesEverySequenceEncodedTwice() {
    String text = "The computer’s memory — “ownership”, 10\u00A0€, naïve, 東京, 🙂 → done";
    assertEquals(text, Mojibake.repaired(twice(text)));
  }

  @Test
  void leavesTextWithoutSuchSequencesAsItIs() {
    String latin = "Café Zürich, à la carte, ¿Qué?";
    assertSame(latin, Mojibake.repaired(latin));
    // A lead char without its continuation chars, or cut off at the end, stays.
    assertEquals("Ã and Ã", Mojibake.repaired("Ã and Ã"));
    assertEquals("end â\u0080", Mojibake.repaired("end â\u0080"));
    // Overlong forms and surrogates are no UTF-8.
    assertEquals("\u00E0\u0080\u0080", Mojibake.repaired("\u00E0\u0080\u0080"));
    assertEquals("\u00ED\u00A0\u0080", Mojibake.repaired("\u00ED\u00A0\u0080"));
  }

  @Test
  void theDecoderNotesC1ControlsAndTheParserThenRepairsText() {
    byte[] page =
        ("<html><body><p>" + twice("The computer’s memory, 10\u00A0€.") + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    Decoded decoded = Decoder.utf8(page, 0, "t");
    assertTrue(decoded.hasC1Controls());
    String text = HtmlParser.parse(decoded, "").body().wholeText();
    assertEquals("The computer’s memory, 10\u00A0€.", text);
    // Latin-1 pairs on a page without C1 controls are its text ("L'ÉTÉ»").
    byte[] french =
        "<html><body><p>«L'ÉTÉ» à Paris</p></body></html>".getBytes(StandardCharsets.UTF_8);
    Decoded plain = Decoder.utf8(french, 0, "t");
    assertFalse(plain.hasC1Controls());
    assertEquals("«L'ÉTÉ» à Paris", HtmlParser.parse(plain, "").body().wholeText());
  }
}
