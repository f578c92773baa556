package org.tidings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
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
    NodeTraversor.traverse(scan.new Visitor(), doc);
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
          if (e.hasAttr("datetime")) {
            add(times, e);
          }
        }
      }
      if (e.hasAttr("itemprop")) {
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

  /** An element whose markup says it holds an author name. */
  private static boolean authorLike(Element e) {
    String rel = e.attr("rel");
    if (rel.equalsIgnoreCase("author") || e.hasAttr("data-author")) {
      return true;
    }
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return e.normalName().equals("a") && e.attr("href").contains("/author/");
    }
    String k = (c + " " + id).toLowerCase(Locale.ROOT);
    return k.contains("author")
        || k.contains("byline")
        || k.contains("creator")
        || k.contains("username");
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
