package org.tidings.arms;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;

/**
 * The years a deal sentence names, as a TimeML value: "2016", or "2009/2011" for a range. Uses the
 * time stage's expressions when there are any, else reads plain years and ranges itself.
 */
final class YearParser {
  private static final Pattern VALUE = Pattern.compile("^(\\d{4})(?:[-/](\\d{4}))?(?:-.*)?$");
  private static final Pattern RANGE =
      Pattern.compile(
          "(?<![\\w$€£.,])(19[4-9]\\d|20[0-5]\\d)(?:\\s*(?:-|–|—|to|and|through|until)\\s*"
              + "(19[4-9]\\d|20[0-5]\\d|\\d\\d)(?![\\d]))?(?![\\w$%]|,\\d)");

  private YearParser() {}

  /** Years named within {@code sentence}, or the empty string. */
  static String find(String text, Span sentence, List<TimeExpression> times) {
    String fromTimes = fromTimes(sentence, times);
    if (!fromTimes.isEmpty()) {
      return fromTimes;
    }
    Matcher m = RANGE.matcher(text).region(sentence.start(), sentence.end());
    String single = "";
    while (m.find()) {
      String first = m.group(1);
      if (m.group(2) != null) {
        String last = m.group(2);
        if (last.length() == 2) {
          last = first.substring(0, 2) + last;
        }
        if (last.compareTo(first) > 0) {
          return first + "/" + last;
        }
      }
      if (single.isEmpty()) {
        single = first;
      }
    }
    return single;
  }

  private static String fromTimes(Span sentence, List<TimeExpression> times) {
    String single = "";
    for (TimeExpression t : times) {
      if (!sentence.contains(t.span())) {
        continue;
      }
      Matcher m = VALUE.matcher(t.value());
      if (!m.matches()) {
        continue;
      }
      if (m.group(2) != null) {
        return m.group(1) + "/" + m.group(2);
      }
      if (single.isEmpty()) {
        single = m.group(1);
      }
    }
    return single;
  }
}
