package org.tidings.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One walk over a parsed page that gathers every element the metadata rules look at: meta tags,
 * JSON-LD scripts, the {@code <title>}, headings, {@code <time>} elements, schema.org properties,
 * author links and short text lines that may be dates. Each is kept with its position in document
 * order, so that later rules can ask what is near the headline without walking the page again.
 */
final class PageScan {
  /** An element or text node with its position (count of elements before it). */
  record Hit<T>(T node, int at) {}

  private static final int MAX_HITS = 400;

  final List<Element> metas = new ArrayList<>();
  final List<String> jsonLd = new ArrayList<>();
  final List<Hit<Element>> h1s = new ArrayList<>();
  final List<Hit<Element>> times = new ArrayList<>();
  final List<Hit<Element>> itemprops = new ArrayList<>();
  final List<Hit<Element>> authorNodes = new ArrayList<>();
  final List<Hit<TextNode>> shortTexts = new ArrayList<>();
  String title = "";
  Element html;
  Element canonical;

  /** Elements visited so far, the document itself first: the position of the next hit. */
  private int at;

  private boolean seenTitle;
  private Element titleElement;
  private final List<Element> jsonLdScripts = new ArrayList<>();

  private int cap = MAX_HITS;

  /** Position reserved for the body by a scan fed by the parser, or -1. */
  private int bodyAt = -1;

  private PageScan() {}

  static PageScan of(Document doc) {
    PageScan scan = new PageScan();
    // Document order, as NodeTraversor gives it, walking child lists by index: the scan does not
    // change the tree, so it needs none of the traversor's sibling lookups and removal checks.
    scan.node(doc);
    Element[] parents = new Element[64];
    int[] next = new int[64];
    int top = 0;
    parents[0] = doc;
    while (top >= 0) {
      Element parent = parents[top];
      int i = next[top];
      if (i >= parent.childNodeSize()) {
        top--;
        continue;
      }
      next[top] = i + 1;
      Node child = parent.childNode(i);
      scan.node(child);
      if (child instanceof Element e && e.childNodeSize() > 0) {
        if (++top == parents.length) {
          parents = Arrays.copyOf(parents, top * 2);
          next = Arrays.copyOf(next, top * 2);
        }
        parents[top] = e;
        next[top] = 0;
      }
    }
    return scan.finish();
  }

  /**
   * A scan that {@link HtmlParser} fills while it builds the tree: elements and text nodes are made
   * in document order, so each is seen as the walk in {@link #of} would see it. The document, its
   * {@code <html>} and {@code <head>} come first; the {@code <html>} and {@code <body>}, whose
   * attributes later tags may add to, are looked at in {@link #finish(Element, Element)}.
   */
  static PageScan forParser() {
    PageScan scan = new PageScan();
    scan.at = 3; // the document, <html> and <head>
    return scan;
  }

  /** The parser opened the body: it takes the next position. */
  void bodyOpened() {
    if (bodyAt < 0) {
      bodyAt = ++at;
    }
  }

  /** The parser made an element (not the {@code <html>}, {@code <head>} or {@code <body>}). */
  void element(Element e) {
    element(e, ++at);
  }

  /** The parser made a text node. */
  void text(TextNode t) {
    text(t, at);
  }

  /** The end of a scan fed by the parser. */
  PageScan finish(Element htmlElement, Element body) {
    bodyOpened(); // a page without a body: an empty one after the head
    int added = hitCount();
    cap = MAX_HITS + 2; // these two come before hits the cap may have turned away
    element(htmlElement, 2);
    element(body, bodyAt);
    cap = MAX_HITS;
    if (hitCount() != added) {
      for (List<Hit<Element>> list : List.of(h1s, times, itemprops, authorNodes)) {
        list.sort(java.util.Comparator.comparingInt(Hit::at)); // stable: one hit moved up
        while (list.size() > MAX_HITS) {
          list.remove(list.size() - 1);
        }
      }
    }
    return finish();
  }

  private int hitCount() {
    return h1s.size() + times.size() + itemprops.size() + authorNodes.size();
  }

  private PageScan finish() {
    if (titleElement != null) {
      title = titleElement.text();
    }
    for (Element script : jsonLdScripts) {
      jsonLd.add(script.data());
    }
    return this;
  }

  private void node(Node node) {
    if (node instanceof TextNode t) {
      text(t, at);
    } else if (node instanceof Element e) {
      element(e, ++at);
    }
  }

  private void element(Element e, int at) {
    switch (e.normalName()) {
      case "html" -> {
        if (html == null) {
          html = e;
        }
      }
      case "meta" -> metas.add(e);
      case "script" -> {
        if (e.attr("type").contains("ld+json")) {
          jsonLdScripts.add(e);
        }
        return;
      }
      case "title" -> {
        if (!seenTitle && e.parent() != null && !e.parent().normalName().equals("svg")) {
          seenTitle = true;
          titleElement = e;
        }
      }
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
          canonical = e;
        }
      }
      case "h1" -> add(h1s, e, at);
      case "time" -> add(times, e, at);
      default -> {
        if (HtmlParser.hasAttributes(e) && e.attributes().hasKey("datetime")) {
          add(times, e, at);
        }
      }
    }
    if (!HtmlParser.hasAttributes(e)) {
      return; // most elements: no itemprop, and no markup that could name an author
    }
    if (e.attributes().hasKey("itemprop")) {
      add(itemprops, e, at);
    }
    if (authorLike(e)) {
      add(authorNodes, e, at);
    }
  }

  private void add(List<Hit<Element>> list, Element e, int at) {
    if (list.size() < cap) {
      list.add(new Hit<>(e, at));
    }
  }

  private void text(TextNode t, int at) {
    if (shortTexts.size() >= 4 * MAX_HITS) {
      return;
    }
    String s = t.getWholeText();
    int n = s.length();
    if (n < 6 || n > 400 || !hasDigit(s)) {
      return;
    }
    shortTexts.add(new Hit<>(t, at));
  }

  /**
   * An element whose markup says it holds an author name. Attribute names are lower case in a
   * parsed tree, so the case-sensitive lookups find what {@code Element.attr} would.
   */
  private static boolean authorLike(Element e) {
    Attributes a = e.attributes();
    if (a.get("rel").equalsIgnoreCase("author") || a.hasKey("data-author")) {
      return true;
    }
    String c = a.get("class").trim();
    String id = a.get("id");
    if (c.isEmpty() && id.isEmpty()) {
      return e.normalName().equals("a") && a.get("href").contains("/author/");
    }
    return authorWord(c) || authorWord(id);
  }

  /**
   * Whether a class or id value says "author", "byline", "creator" or "username", ASCII letters in
   * any case: what {@code k.toLowerCase(Locale.ROOT).contains(word)} says for these words (no other
   * char lower-cases to one of their letters), in one pass and without a copy.
   */
  private static boolean authorWord(String k) {
    int n = k.length();
    for (int i = 0; i + 6 <= n; i++) {
      String word =
          switch (lowerAscii(k.charAt(i))) {
            case 'a' -> "author";
            case 'b' -> "byline";
            case 'c' -> "creator";
            case 'u' -> "username";
            default -> null;
          };
      if (word != null && startsWithAscii(k, i, word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case ASCII {@code word} starts at {@code at}, ASCII letters in any case. */
  private static boolean startsWithAscii(String s, int at, String word) {
    if (at + word.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (lowerAscii(s.charAt(at + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
