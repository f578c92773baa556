package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void validUtf8DecodesAsTheJdkDoes() {
    String text =
        "plain ASCII run longer than eight bytes, é à ß, “quotes” — €, 日本語, 𝄞 and 😀"
            + " literal \uFFFD and \uFFFE, then ASCII again to the end";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Decoded d = Decoder.utf8(b, 0, "test");
    assertNotNull(d);
    assertEquals(text, d.text());
    assertEquals(1, d.malformed()); // a literal U+FFFD counts, as with the JDK's decoder
    char[] prefix = new char[text.length()];
    System.arraycopy(d.chars(), 0, prefix, 0, prefix.length);
    assertArrayEquals(text.toCharArray(), prefix);
  }

  @Test
  void theScanStringHasTheTextsAsciiCharsAndNoOtherAscii() {
    String text = "<p class=x>é à “q” 日本 𝄞 \uFFFD</p>" + "ascii only ".repeat(500) + "— end";
    Decoded d = Decoder.utf8(text.getBytes(StandardCharsets.UTF_8), 0, "t");
    assertNotNull(d);
    assertScans(text, d);
    String ascii = "<html><body>plain</body></html>";
    Decoded plain = Decoder.utf8(ascii.getBytes(StandardCharsets.UTF_8), 0, "t");
    assertEquals(ascii, plain.scan());
    assertEquals(ascii, plain.text());
  }

  @Test
  void aScanOfAnotherLengthThanTheCharsIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Decoded(new char[] {'a', 'b'}, 2, "a", StandardCharsets.UTF_8, 0, 0, "t", false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Decoded(new char[] {'a'}, 2, "ab", StandardCharsets.UTF_8, 0, 0, "t", false));
  }

  private static void assertScans(String text, Decoded d) {
    assertEquals(text.length(), d.length());
    assertEquals(text.length(), d.scan().length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char s = d.scan().charAt(i);
      assertEquals(c < 0x80 ? c : Decoded.NOT_ASCII, s, "at " + i);
    }
  }

  @Test
  void pagesLongerThanAChunkDecodeWholeWhereverTheirSequencesFall() {
    // Two, three and four byte sequences each straddle a 4096-byte chunk boundary at some shift,
    // and a bad sequence far into a long page is still found.
    String unit = "ab é “q” 𝄞 ";
    for (int shift = 0; shift < 8; shift++) {
      StringBuilder text = new StringBuilder("x".repeat(shift));
      while (text.length() < 3 * 4096) {
        text.append(unit);
      }
      byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
      Decoded d = Decoder.utf8(b, 0, "t");
      assertNotNull(d);
      assertEquals(text.toString(), d.text());
      assertScans(text.toString(), d);
      byte[] bad = java.util.Arrays.copyOf(b, b.length + 1);
      bad[b.length] = (byte) 0x80;
      assertNull(Decoder.utf8(bad, 0, "t"));
    }
  }

  @Test
  void invalidUtf8IsLeftToTheJdk() {
    assertNull(Decoder.utf8(bytes('a', 0xC0, 0x80), 0, "t")); // overlong NUL
    assertNull(Decoder.utf8(bytes(0xE0, 0x80, 0x80), 0, "t")); // overlong
    assertNull(Decoder.utf8(bytes(0xED, 0xA0, 0x80), 0, "t")); // surrogate
    assertNull(Decoder.utf8(bytes(0xF4, 0x90, 0x80, 0x80), 0, "t")); // past U+10FFFF
    assertNull(Decoder.utf8(bytes('a', 'b', 0xE2, 0x82), 0, "t")); // cut off
    assertNull(Decoder.utf8(bytes(0x80), 0, "t")); // stray continuation
    assertNull(Decoder.utf8(bytes(0xF8, 0x80, 0x80, 0x80, 0x80), 0, "t"));
  }

  @Test
  void decodeGivesTheSameTextWhicheverDecoderRuns() {
    byte[][] cases = {
      "<html><body>Caf\u00e9 \u2014 fine</body></html>".getBytes(StandardCharsets.UTF_8),
      concat(
          "<meta charset=utf-8><p>x".getBytes(StandardCharsets.UTF_8),
          bytes(0xE2, 0x82, '<', '/', 'p', '>', ' ', 0xC3, 0xA9)),
      bytes(0xEF, 0xBB, 0xBF, 'h', 'i', ' ', 0xC3, 0xA9),
    };
    for (byte[] b : cases) {
      Decoded d = Decoder.decode(b, "", true);
      int skip = d.bomLength();
      String jdk = new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
      assertEquals(StandardCharsets.UTF_8, d.charset());
      assertEquals(jdk, d.text());
      assertEquals(jdk.chars().filter(c -> c == '\uFFFD').count(), d.malformed());
    }
  }

  @Test
  void pureAsciiPagesKeepTheirCharsAndText() {
    byte[] b = "<p>plain &amp; ASCII, longer than a word</p>".getBytes(StandardCharsets.US_ASCII);
    Decoded d = Decoder.decode(b, "", true);
    assertEquals("<p>plain &amp; ASCII, longer than a word</p>", d.text());
    assertEquals(d.text(), new String(d.chars(), 0, d.text().length()));
  }

  @Test
  void metaCharsetIsTheFirstDeclarationInAMetaTag() {
    assertEquals("meta", how("<META http-equiv=x CONTENT='text/html; CharSet = \"koi8-r'>é"));
    assertEquals("KOI8-R", charsetOf("<meta content='text/html; charset=koi8-r'>é"));
    assertEquals("KOI8-R", charsetOf("<meta name=a><meta charset=\" koi8-r\">é"));
    // the tag ends before "charset", or the name is too short: no declaration
    assertEquals("fallback", how("<meta name=a> charset=koi8-r é"));
    assertEquals("fallback", how("<meta charset=k>é"));
    // "charset" more than 200 chars after "<meta" is not looked at
    assertEquals("fallback", how("<meta " + "x".repeat(200) + "charset=koi8-r>é"));
    assertEquals("meta", how("<meta " + "x".repeat(199) + "charset=koi8-r>é"));
  }

  private static Decoded latin(String html) {
    return Decoder.decode(html.getBytes(StandardCharsets.ISO_8859_1), "", true);
  }

  private static String how(String html) {
    return latin(html).how();
  }

  private static String charsetOf(String html) {
    return latin(html).charset().name();
  }
}
