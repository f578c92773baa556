package org.tidings.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

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

  private PageScan() {}

  static PageScan of(Document doc) {
    PageScan scan = new PageScan();
    Visitor visitor = scan.new Visitor();
    // Document order, as NodeTraversor gives it, walking child lists by index: the scan does not
    // change the tree, so it needs none of the traversor's sibling lookups and removal checks.
    visitor.head(doc, 0);
    NodeWalk walk = new NodeWalk(doc);
    for (Node child = walk.next(); child != null; child = walk.next()) {
      visitor.head(child, walk.depth());
      if (child instanceof Element e) {
        walk.enter(e);
      }
    }
    return scan;
  }

  private final class Visitor implements NodeVisitor {
    private int at;
    private boolean seenTitle;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t);
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      at++;
      switch (e.normalName()) {
        case "html" -> {
          if (html == null) {
            html = e;
          }
        }
        case "meta" -> metas.add(e);
        case "script" -> {
          if (e.attr("type").contains("ld+json")) {
            jsonLd.add(e.data());
          }
          return;
        }
        case "title" -> {
          if (!seenTitle && e.parent() != null && !e.parent().normalName().equals("svg")) {
            seenTitle = true;
            title = e.text();
          }
        }
        case "link" -> {
          if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
            canonical = e;
          }
        }
        case "h1" -> add(h1s, e);
        case "time" -> add(times, e);
        default -> {
          if (HtmlParser.hasAttributes(e)
              && HtmlParser.mayHave(e, HtmlParser.DATETIME)
              && e.attributes().hasKey("datetime")) {
            add(times, e);
          }
        }
      }
      if (!HtmlParser.hasAttributes(e)) {
        return; // most elements: no itemprop, and no markup that could name an author
      }
      if (HtmlParser.mayHave(e, HtmlParser.ITEMPROP) && e.attributes().hasKey("itemprop")) {
        add(itemprops, e);
      }
      if (authorLike(e)) {
        add(authorNodes, e);
      }
    }

    private void add(List<Hit<Element>> list, Element e) {
      if (list.size() < MAX_HITS) {
        list.add(new Hit<>(e, at));
      }
    }

    private void text(TextNode t) {
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
  }

  /**
   * An element whose markup says it holds an author name. Attribute names are lower case in a
   * parsed tree, so the case-sensitive lookups find what {@code Element.attr} would.
   */
  private static boolean authorLike(Element e) {
    Attributes a = e.attributes();
    if ((HtmlParser.mayHave(e, HtmlParser.REL) && a.get("rel").equalsIgnoreCase("author"))
        || (HtmlParser.mayHave(e, HtmlParser.DATA_AUTHOR) && a.hasKey("data-author"))) {
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
      // c | 0x20 is the ASCII lower case for letters, and no other char gives a, b, c, u, y, r or
      // s: the second letter rejects most starts before the whole word is compared.
      int second = k.charAt(i + 1) | 0x20;
      String word =
          switch (k.charAt(i) | 0x20) {
            case 'a' -> second == 'u' ? "author" : null;
            case 'b' -> second == 'y' ? "byline" : null;
            case 'c' -> second == 'r' ? "creator" : null;
            case 'u' -> second == 's' ? "username" : null;
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
