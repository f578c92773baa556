package org.tidings.extract;

import java.nio.charset.Charset;

/**
 * Text decoded from a source's bytes.
 *
 * @param text the decoded text, without a byte order mark
 * @param chars the text's chars (the array may be longer than the text), when the decoder made them
 *     anyway: the HTML parser then needs no copy; else null
 * @param charset the charset used
 * @param bomLength bytes of byte order mark skipped before the text
 * @param malformed how many byte sequences could not be decoded and were replaced
 * @param how where the charset came from: "bom", "transport", "meta", "detected", "fallback"
 */
record Decoded(
    String text, Charset charset, int bomLength, int malformed, String how, char[] chars) {

  Decoded(String text, Charset charset, int bomLength, int malformed, String how) {
    this(text, charset, bomLength, malformed, how, null);
  }
}
