package org.tidings.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element under a root, gathered bottom-up in one pass (no recursion, so
 * 10,000 nested divs cost no more than 10,000 siblings) and cached: nothing is counted twice. After
 * elements are removed, {@link #removed} recounts only their ancestors.
 */
final class NodeStats {
  /** Counts for one element. */
  static final class Counts {
    int text; // non-space chars
    int links; // non-space chars inside <a>
    int commas; // clause punctuation, any script
    int paragraphs; // <p> elements inside
    int ownText; // non-space chars of direct text children
    int ownCommas; // clause punctuation of direct text children
    int paragraphText; // non-space chars inside <p>, <pre>, <blockquote>
    int depth; // below the root
  }

  private static final Counts NONE = new Counts();

  private final Map<Element, Counts> counts = new IdentityHashMap<>(1024);

  static NodeStats of(Element root) {
    NodeStats stats = new NodeStats();
    NodeTraversor.traverse(stats.visitor(), root);
    return stats;
  }

  /** The counts of {@code e}; read only (all zero for an element not seen). */
  Counts get(Element e) {
    Counts c = counts.get(e);
    return c == null ? NONE : c;
  }

  int text(Element e) {
    Counts c = counts.get(e);
    return c == null ? 0 : c.text;
  }

  double linkDensity(Element e) {
    Counts c = counts.get(e);
    return c == null || c.text == 0 ? 0 : (double) c.links / c.text;
  }

  /**
   * Recounts the ancestors of elements that were just removed from the tree, given with their
   * former parents.
   */
  void removed(List<Element> formerParents) {
    Map<Element, Boolean> stale = new IdentityHashMap<>();
    for (Element p : formerParents) {
      for (Element a = p; a != null && counts.containsKey(a) && !stale.containsKey(a); ) {
        stale.put(a, Boolean.TRUE);
        a = a.parent();
      }
    }
    List<Element> order = new ArrayList<>(stale.keySet());
    order.sort(Comparator.comparingInt((Element e) -> counts.get(e).depth).reversed());
    for (Element e : order) {
      Counts c = counts.get(e);
      c.text = c.ownText;
      c.commas = c.ownCommas;
      c.links = 0;
      c.paragraphs = 0;
      c.paragraphText = 0;
      for (int i = 0; i < e.childNodeSize(); i++) {
        if (e.childNode(i) instanceof Element child) {
          Counts cc = counts.get(child);
          if (cc != null) {
            add(c, cc);
          }
        }
      }
      close(e, c);
    }
  }

  private static void add(Counts c, Counts child) {
    c.text += child.text;
    c.links += child.links;
    c.commas += child.commas;
    c.paragraphs += child.paragraphs;
    c.paragraphText += child.paragraphText;
  }

  /** Applies the element's own rules once its children are counted. */
  private static void close(Element e, Counts c) {
    if (e.nameIs("a")) {
      c.links = c.text;
    }
    if (e.nameIs("p")) {
      c.paragraphs++;
    }
    if ((e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote")) && c.links * 2 < c.text) {
      c.paragraphText = c.text;
    }
  }

  private NodeVisitor visitor() {
    return new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Counts c = new Counts();
          c.depth = depth;
          counts.put(e, c);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (t.parentNode() instanceof Element pe) {
            Counts c = counts.get(pe);
            if (c != null) {
              count(t.getWholeText(), c);
            }
          }
        } else if (node instanceof Element e) {
          Counts c = counts.get(e);
          close(e, c);
          Element parent = e.parent();
          Counts pc = depth > 0 && parent != null ? counts.get(parent) : null;
          if (pc != null) {
            add(pc, c);
          }
        }
      }
    };
  }

  private static void count(String s, Counts c) {
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
    c.ownCommas += commas;
  }
}
