package org.tidings.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text statistics of every element under a root, gathered bottom-up in one pass (no recursion, so
 * 10,000 nested divs cost no more than 10,000 siblings) and cached: nothing is counted twice. After
 * elements are removed, {@link #removed} recounts only their ancestors.
 */
final class NodeStats {
  /** Counts for one element. */
  static final class Counts {
    /** {@link #classWeight} not read yet. */
    static final byte UNKNOWN = Byte.MIN_VALUE;

    int text; // non-space chars
    int links; // non-space chars inside <a>
    int commas; // clause punctuation, any script
    int paragraphs; // <p> elements inside
    int ownText; // non-space chars of direct text children
    int ownCommas; // clause punctuation of direct text children
    int paragraphText; // non-space chars inside <p>, <pre>, <blockquote>
    int depth; // below the root
    Counts parent; // the parent's counts (null for the root's)
    int tagFlags; // ContentFinder.tagFlags of the element
    double[] score; // ContentFinder's container score, once it has one
    byte classWeight = UNKNOWN; // ContentFinder's class/id weight, once read
    boolean stale; // listed for a recount in removed()
  }

  private static final Counts NONE = new Counts();

  /**
   * Walk steps per {@link #count(int)} call. In slices because the JIT compiles a method by how
   * often it is called: a walk of a whole page per call, once per page, can wait long for its
   * compilation on a busy machine (see {@link Decoder}'s chunks).
   */
  private static final int SLICE = 512;

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  // The elements counted, the root first, in document order, with their counts.
  private Element[] elements;
  private Counts[] elementCounts;
  private int size;

  // The walk: open elements, their counts and next child index, the top of the stack.
  private Element[] open = new Element[64];
  private Counts[] openCounts = new Counts[64];
  private int[] next = new int[64];
  private int top;
  private Predicate<Element> drop;
  private char[] chars = new char[256]; // text being counted

  static NodeStats of(Element root) {
    return of(root, null);
  }

  /**
   * Counts the elements under {@code root} after removing from the tree, as the walk meets them,
   * the elements {@code drop} accepts (not the root) and comments: pruning and counting in one
   * walk.
   */
  static NodeStats of(Element root, Predicate<Element> drop) {
    NodeStats stats = new NodeStats(256);
    stats.start(root, drop);
    while (stats.count(SLICE)) {
      // the next slice
    }
    stats.done();
    return stats;
  }

  /**
   * {@link #of(Element, Predicate)} from the nodes under {@code root} as the parser appended them,
   * in document order: no tree walk. Every node whose parent is counted is counted (a node inside a
   * dropped element is not), then each element, last first, adds its counts to its parent's: its
   * children came after it in the list, so they are done. The tree must be as parsed; null when
   * {@code nodes} is not the list of {@code root}'s nodes (its first is no child of the root).
   */
  static NodeStats of(Element root, Node[] nodes, Predicate<Element> drop) {
    if (nodes.length > 0 && nodes[0].parentNode() != root) {
      return null;
    }
    NodeStats stats = new NodeStats(nodes.length / 2 + 16);
    stats.put(root, new Counts());
    List<Element> dropped = new ArrayList<>();
    for (Node node : nodes) {
      Counts parent = node.parentNode() instanceof Element p ? stats.counted(p) : null;
      if (parent == null) {
        continue; // inside a dropped element, or not under the root
      }
      if (node instanceof TextNode t) {
        stats.count(t.getWholeText(), parent);
      } else if (node instanceof Element e) {
        if (drop.test(e)) {
          dropped.add(e);
        } else {
          stats.putChild(e, parent);
        }
      }
    }
    Counts[] counts = stats.elementCounts;
    for (int k = stats.size - 1; k >= 0; k--) {
      Counts c = counts[k];
      close(c);
      if (c.parent != null) {
        add(c.parent, c);
      }
    }
    for (Element e : dropped) {
      e.remove();
    }
    stats.done();
    return stats;
  }

  private void done() {
    open = null;
    openCounts = null;
    next = null;
    chars = null;
  }

  private NodeStats(int elements) {
    this.elements = new Element[elements];
    this.elementCounts = new Counts[elements];
  }

  private void start(Element root, Predicate<Element> drop) {
    this.drop = drop;
    top = 0;
    open[0] = root;
    openCounts[0] = put(root, new Counts());
  }

  /**
   * Goes on counting the elements under the root in one walk over the child lists, keeping the open
   * elements' counts on a stack: each text node adds to its parent's, each closed element to its
   * parent's, with no map lookups. Stops after {@code steps} steps; false when the walk is done.
   */
  private boolean count(int steps) {
    Element[] open = this.open;
    Counts[] openCounts = this.openCounts;
    int[] next = this.next;
    int top = this.top;
    Predicate<Element> drop = this.drop;
    for (int step = 0; step < steps && top >= 0; step++) {
      Element parent = open[top];
      int i = next[top];
      if (i < parent.childNodeSize()) {
        Node child = parent.childNode(i);
        if (child instanceof TextNode t) { // most nodes: tested first, never dropped
          next[top] = i + 1;
          count(t.getWholeText(), openCounts[top]);
          continue;
        }
        if (drop != null
            && (child instanceof Element d ? drop.test(d) : child.nodeName().equals("#comment"))) {
          child.remove(); // the next child moves to index i
          continue;
        }
        next[top] = i + 1;
        if (child instanceof Element e) {
          Counts c = putChild(e, openCounts[top]);
          if (++top == open.length) {
            open = Arrays.copyOf(open, top * 2);
            openCounts = Arrays.copyOf(openCounts, top * 2);
            next = Arrays.copyOf(next, top * 2);
          }
          open[top] = e;
          openCounts[top] = c;
          next[top] = 0;
        }
        continue;
      }
      close(openCounts[top]);
      if (top > 0) {
        add(openCounts[top - 1], openCounts[top]);
      }
      top--;
    }
    this.open = open;
    this.openCounts = openCounts;
    this.next = next;
    this.top = top;
    return top >= 0;
  }

  /**
   * The counts of an element counted here, or null. An element the parser made holds its own counts
   * (no hash lookup), marked with the stats that counted it; others are in a map.
   */
  Counts counted(Element e) {
    if (e instanceof HtmlParser.ParsedElement p) {
      return p.countedBy == this ? p.counts : null;
    }
    return counts.get(e);
  }

  /** New counts for {@code e}, a child of the element counted in {@code parent}, listed. */
  private Counts putChild(Element e, Counts parent) {
    Counts c = new Counts();
    c.parent = parent;
    c.depth = parent.depth + 1;
    return put(e, c);
  }

  private Counts put(Element e, Counts c) {
    c.tagFlags = ContentFinder.tagFlags(e);
    if (e instanceof HtmlParser.ParsedElement p) {
      p.countedBy = this;
      p.counts = c;
    } else {
      counts.put(e, c);
    }
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, size * 2);
      elementCounts = Arrays.copyOf(elementCounts, size * 2);
    }
    elements[size] = e;
    elementCounts[size++] = c;
    return c;
  }

  /** Count of the elements counted, the root included. */
  int size() {
    return size;
  }

  /** The {@code k}th element counted in document order: the root is the 0th. */
  Element element(int k) {
    return elements[k];
  }

  /** The counts of {@link #element}{@code (k)}. */
  Counts counts(int k) {
    return elementCounts[k];
  }

  /** The counts of {@code e}; read only (all zero for an element not seen). */
  Counts get(Element e) {
    Counts c = counted(e);
    return c == null ? NONE : c;
  }

  int text(Element e) {
    Counts c = counted(e);
    return c == null ? 0 : c.text;
  }

  double linkDensity(Element e) {
    Counts c = counted(e);
    return c == null || c.text == 0 ? 0 : (double) c.links / c.text;
  }

  /**
   * Recounts the ancestors of elements that were just removed from the tree, given with their
   * former parents.
   */
  void removed(List<Element> formerParents) {
    List<Element> stale = new ArrayList<>();
    for (Element p : formerParents) {
      for (Element a = p; a != null; a = a.parent()) {
        Counts c = counted(a);
        if (c == null || c.stale) {
          break; // not counted here, or its ancestors are already listed
        }
        c.stale = true;
        stale.add(a);
      }
    }
    // Deepest first, so each is recounted from children already recounted: depth and index in
    // one long, sorted without boxing.
    long[] order = new long[stale.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = ((long) counted(stale.get(i)).depth << 32) | i;
    }
    Arrays.sort(order);
    for (int k = order.length - 1; k >= 0; k--) {
      Element e = stale.get((int) order[k]);
      Counts c = counted(e);
      c.stale = false;
      c.text = c.ownText;
      c.commas = c.ownCommas;
      c.links = 0;
      c.paragraphs = 0;
      c.paragraphText = 0;
      for (int i = 0; i < e.childNodeSize(); i++) {
        if (e.childNode(i) instanceof Element child) {
          Counts cc = counted(child);
          if (cc != null) {
            add(c, cc);
          }
        }
      }
      close(c);
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
  private static void close(Counts c) {
    int flags = c.tagFlags;
    if ((flags & ContentFinder.ANCHOR) != 0) {
      c.links = c.text;
    }
    if ((flags & ContentFinder.PARAGRAPH) != 0) {
      c.paragraphs++;
    }
    if ((flags & ContentFinder.PARAGRAPH_TEXT) != 0 && c.links * 2 < c.text) {
      c.paragraphText = c.text;
    }
  }

  private static boolean isWideComma(char ch) {
    return ch == '，' || ch == '、' || ch == '،' || ch == '；';
  }

  /**
   * What a char below 256 adds to the counts: 1 when it is no space (above ' ', not a no-break
   * space) in the low half, 1 in the high half for a comma or semicolon. Constant after class load.
   */
  private static final long[] LATIN1_COUNTS = latin1Counts();

  private static long[] latin1Counts() {
    long[] t = new long[256];
    for (int ch = 0; ch < 256; ch++) {
      t[ch] = (ch > ' ' && ch != '\u00A0' ? 1 : 0) | (ch == ',' || ch == ';' ? 1L << 32 : 0);
    }
    return t;
  }

  /**
   * Texts of this walk that hold no counted char, by length: the parser gives recurring indentation
   * (half the text nodes of a page) as the same String, counted once here.
   */
  private final String[] blanks = new String[16];

  private void count(String s, Counts c) {
    int len = s.length();
    if (blanks[len & 15] == s) {
      return; // counted before: nothing to add
    }
    // Copied into one buffer: a loop over a char array, not charAt's checks per char.
    if (len > chars.length) {
      chars = new char[Math.max(len, 2 * chars.length)];
    }
    char[] b = chars;
    s.getChars(0, len, b, 0);
    long latin1 = 0; // chars below 256 (most): both counts from one table read, no branches
    int n = 0;
    int commas = 0;
    for (int i = 0; i < len; i++) {
      char ch = b[i];
      if (ch < 256) {
        latin1 += LATIN1_COUNTS[ch];
      } else {
        n++;
        if (isWideComma(ch)) {
          commas++;
        }
      }
    }
    n += (int) latin1;
    commas += (int) (latin1 >>> 32);
    if (n == 0 && commas == 0) {
      blanks[len & 15] = s;
      return;
    }
    c.text += n;
    c.ownText += n;
    c.commas += commas;
    c.ownCommas += commas;
  }
}
