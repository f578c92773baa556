package org.tidings.eval.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML (.tml) file of TempEval-3: the text of its {@code TEXT} element with the tags taken
 * out, the gold TIMEX3 spans over that text, and the document creation time.
 *
 * @param name file name
 * @param text the plain text
 * @param created the document creation time, if stated
 * @param timexes the gold time expressions, in text order
 */
record TimeMlDocument(String name, String text, Optional<LocalDate> created, List<Timex> timexes) {

  /** A gold TIMEX3 over {@code [start, end)} of the plain text. */
  record Timex(int start, int end, String type, String value) {}

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.CASE_INSENSITIVE);

  static TimeMlDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Optional<LocalDate> created = Optional.empty();
    Matcher dct = DCT.matcher(xml);
    if (dct.find()) {
      String value = attribute(dct.group(1), "value");
      if (value.length() >= 10) {
        created = Optional.of(LocalDate.parse(value.substring(0, 10)));
      }
    }
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    String body = from >= 0 && to > from ? xml.substring(from + 6, to) : "";
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    int timexStart = -1;
    String type = "";
    String value = "";
    Matcher m = TAG.matcher(body);
    int last = 0;
    while (m.find()) {
      appendUnescaped(text, body.substring(last, m.start()));
      last = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        timexStart = text.length();
        type = attribute(m.group(3), "type");
        value = attribute(m.group(3), "value");
      } else if (timexStart >= 0) {
        timexes.add(new Timex(timexStart, text.length(), type, value));
        timexStart = -1;
      }
    }
    appendUnescaped(text, body.substring(last));
    return new TimeMlDocument(
        file.getFileName().toString(), text.toString(), created, List.copyOf(timexes));
  }

  private static void appendUnescaped(StringBuilder out, String s) {
    out.append(
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&"));
  }

  private static String attribute(String attrs, String name) {
    Matcher m = ATTR.matcher(attrs);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return "";
  }
}
