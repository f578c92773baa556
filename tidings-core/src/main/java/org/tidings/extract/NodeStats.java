package org.tidings.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element under a root, gathered bottom-up in one pass (no recursion, so
 * 10,000 nested divs cost no more than 10,000 siblings).
 */
final class NodeStats {
  /** Counts for one element. */
  static final class Counts {
    int text; // non-space chars
    int links; // non-space chars inside <a>
    int commas; // clause punctuation, any script
    int paragraphs; // <p> elements inside
    int ownText; // non-space chars of direct text children
    int paragraphText; // non-space chars inside <p>, <pre>, <blockquote>
  }

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  static NodeStats of(Element root) {
    NodeStats stats = new NodeStats();
    NodeTraversor.traverse(stats.visitor(), root);
    return stats;
  }

  Counts get(Element e) {
    Counts c = counts.get(e);
    return c == null ? new Counts() : c;
  }

  int text(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.text;
  }

  double linkDensity(Element e) {
    Counts c = counts.get(e);
    return c == null || c.text == 0 ? 0 : (double) c.links / c.text;
  }

  private NodeVisitor visitor() {
    return new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Node parent = t.parentNode();
          if (parent instanceof Element pe) {
            Counts c = counts.computeIfAbsent(pe, k -> new Counts());
            String s = t.getWholeText();
            int n = 0;
            int commas = 0;
            for (int i = 0; i < s.length(); i++) {
              char ch = s.charAt(i);
              if (ch > ' ' && ch != '\u00A0') {
                n++;
                if (ch == ',' || ch == '，' || ch == '、' || ch == '،' || ch == '；' || ch == ';') {
                  commas++;
                }
              }
            }
            c.text += n;
            c.ownText += n;
            c.commas += commas;
          }
        } else if (node instanceof Element e) {
          Counts c = counts.computeIfAbsent(e, k -> new Counts());
          if (e.nameIs("a")) {
            c.links = c.text;
          }
          if (e.nameIs("p")) {
            c.paragraphs++;
          }
          if ((e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote"))
              && c.links * 2 < c.text) {
            c.paragraphText = c.text;
          }
          Element parent = e.parent();
          if (parent != null) {
            Counts pc = counts.computeIfAbsent(parent, k -> new Counts());
            pc.text += c.text;
            pc.links += c.links;
            pc.commas += c.commas;
            pc.paragraphs += c.paragraphs;
            pc.paragraphText += c.paragraphText;
          }
        }
      }
    };
  }
}
