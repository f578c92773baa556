package org.tidings.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text of a page's {@code <h1>} as a title: what a reader sees of it, without a forum's label
 * before it or a documentation generator's anchor mark after it. {@link TitleCleaner} weighs it
 * against the page's meta titles.
 */
final class HeadingText {
  private HeadingText() {}

  /** Anchor marks documentation generators print after headings ("Quickstart¶"). */
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s¶§#🔗]+$");

  /** Parts of a page hidden from screen readers: icons, animated copies of a heading's words. */
  private static final Evaluator ARIA_HIDDEN = QueryParser.parse("[aria-hidden=true]");

  /**
   * A heading's text as its reader takes it in: without the parts hidden from screen readers
   * ({@code aria-hidden="true"}: icons, a copy of the words split for an animation) when other text
   * remains, and without a subtitle glued to it ("Black Edition{@code <span>}Complete high-protein
   * powder meal{@code </span>}": a child element of two or more words whose text joins the
   * heading's text before it with no space, a lower-case letter then a capital, which only a block
   * display of the child makes readable).
   */
  static String shown(Element h) {
    if (h.childrenSize() == 0) {
      return h.text();
    }
    Element shown = h;
    Elements hidden = h.select(ARIA_HIDDEN);
    if (!hidden.isEmpty()) {
      Element copy = h.clone();
      copy.select(ARIA_HIDDEN).remove();
      if (!copy.text().isBlank()) {
        shown = copy;
      }
    }
    StringBuilder before = new StringBuilder();
    for (Node n : shown.childNodes()) {
      if (n instanceof TextNode t) {
        before.append(t.getWholeText());
      } else if (n instanceof Element e) {
        String text = e.text();
        if (isGlued(before, text)) {
          return before.toString();
        }
        before.append(text);
      }
    }
    return shown.text();
  }

  /** Whether {@code next} is a subtitle run into {@code before} (see {@link #shown}). */
  private static boolean isGlued(CharSequence before, String next) {
    int n = before.length();
    return n > 0
        && !next.isEmpty()
        && Character.isLowerCase(before.charAt(n - 1))
        && Character.isUpperCase(next.charAt(0))
        && MetadataReader.words(before.toString()) >= 2
        && MetadataReader.words(next) >= 2;
  }

  /**
   * A heading's (cleaned) text without the label a forum or blog prints before it ("{@code <span
   * class="label">News</span>} Digital Cameras..." gives "Digital Cameras...").
   */
  static String withoutLabel(Element h, String text) {
    Element first = h.firstElementChild();
    if (first != null && isLabel(first)) {
      String label = MetadataReader.clean(first.text());
      if (!label.isEmpty() && MetadataReader.words(label) <= 3 && text.startsWith(label)) {
        String rest = text.substring(label.length()).strip();
        return rest.isEmpty() ? text : rest;
      }
    }
    return text;
  }

  private static boolean isLabel(Element e) {
    String classes = e.className();
    if (classes.isEmpty()) {
      return false; // no class name to read (classNames() would split it with a regex)
    }
    for (String c : e.classNames()) {
      String k = c.toLowerCase(Locale.ROOT);
      if (k.equals("label")
          || k.startsWith("label-")
          || k.startsWith("label--")
          || k.equals("prefix")
          || k.startsWith("badge")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading without {@link #TRAILING_MARKS}; the pattern runs only when the last char is one of
   * them (🔗 ends in its low surrogate) or a line terminator (before which {@code $} also matches).
   */
  static String withoutTrailingMarks(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char last = text.charAt(text.length() - 1);
    if (!TitleCleaner.isEdgeSpace(last) && "¶§#\uDD17\u0085\u2028\u2029".indexOf(last) < 0) {
      return text;
    }
    return TRAILING_MARKS.matcher(text).replaceAll("");
  }
}
