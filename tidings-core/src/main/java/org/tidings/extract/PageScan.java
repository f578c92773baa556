package org.tidings.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
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

  final List<Element> metas;
  final List<String> jsonLd;
  final List<Hit<Element>> h1s;
  final List<Hit<Element>> times;
  final List<Hit<Element>> itemprops;
  final List<Hit<Element>> authorNodes;

  /**
   * Every node in document order: which text nodes are short lines with a digit is asked only near
   * the headline ({@link #shortTexts}), so the scan reads no text and keeps no list of texts.
   */
  private final Node[] nodes;

  private final int nodeCount;

  /** Count of elements among {@link #nodes}: the position of the last. */
  private final int elements;

  /**
   * {@code marks[k]}: the index in {@link #nodes} of the element at position {@code k * MARK_EVERY}
   * (positions count elements from 1), for finding a position's nodes without a walk from the top.
   */
  private final int[] marks;

  static final int MARK_SHIFT = 4;

  private static final int MARK_EVERY = 1 << MARK_SHIFT;

  /** Index in {@link #nodes} from which no text counts: past the first {@link #MAX_TEXTS}. */
  private int textLimit = -1;

  private static final int MAX_TEXTS = 4 * MAX_HITS;
  final String title;
  final Element html;
  final Element canonical;

  private PageScan(Collector found, Node[] nodes, int nodeCount) {
    metas = found.metas;
    jsonLd = new ArrayList<>(found.scripts.size());
    for (Element script : found.scripts) {
      jsonLd.add(data(script));
    }
    h1s = found.h1s;
    times = found.times;
    itemprops = found.itemprops;
    authorNodes = found.authorNodes;
    title = found.title == null ? "" : found.title.text();
    html = found.html;
    canonical = found.canonical;
    marks = found.marks;
    elements = found.elements;
    this.nodes = nodes;
    this.nodeCount = nodeCount;
  }

  /**
   * Scans {@code doc}. A freshly parsed page comes with what the parser found as it built it (no
   * node is classified again); else, as on a second scan or a tree changed since the parse, the
   * tree is walked.
   */
  static PageScan of(Document doc) {
    HtmlParser.Appended appended =
        doc instanceof HtmlParser.ParsedDocument parsed ? parsed.take() : null;
    return appended != null ? listed(doc, appended) : walked(doc);
  }

  /**
   * The page as the parser listed it: its nodes with the document, html, head and body put in their
   * places; of its elements only those the parser noted as ones the rules may take are looked at,
   * and those four (their attributes may have been merged from tags met anywhere on the page), each
   * in its place.
   */
  private static PageScan listed(Document doc, HtmlParser.Appended appended) {
    Node[] from = appended.nodes();
    int head = appended.bodyFrom();
    int body = appended.count() - head;
    Node[] nodes = new Node[body + head + 4];
    nodes[0] = doc;
    nodes[1] = doc.child(0); // html
    nodes[2] = doc.head();
    System.arraycopy(from, 0, nodes, 3, head);
    nodes[head + 3] = doc.body();
    System.arraycopy(from, head, nodes, head + 4, body);
    Collector found = new Collector(appended.marks(), appended.elements());
    for (int at = 1; at <= 3; at++) {
      found.element((Element) nodes[at - 1], at);
    }
    HtmlParser.Scanned scanned = appended.scanned();
    int bodyAt = appended.bodyAt();
    boolean bodySeen = false;
    for (int i = 0; i < scanned.count(); i++) {
      int at = scanned.at()[i];
      if (!bodySeen && at > bodyAt) {
        bodySeen = true;
        found.element(doc.body(), bodyAt);
      }
      found.element(scanned.elements()[i], at);
    }
    if (!bodySeen) {
      found.element(doc.body(), bodyAt);
    }
    return new PageScan(found, nodes, nodes.length);
  }

  /**
   * The page walked in document order, as NodeTraversor gives it, by child index (the scan does not
   * change the tree, so it needs none of the traversor's sibling lookups and removal checks).
   */
  private static PageScan walked(Document doc) {
    Node[] nodes = new Node[256];
    nodes[0] = doc;
    int count = 1;
    NodeWalk walk = new NodeWalk(doc);
    for (Node child = walk.next(); child != null; child = walk.next()) {
      if (count == nodes.length) {
        nodes = Arrays.copyOf(nodes, count * 2);
      }
      nodes[count++] = child;
      if (child instanceof Element e) {
        walk.enter(e);
      }
    }
    Collector found = new Collector(new int[64], 0);
    int at = 0;
    for (int i = 0; i < count; i++) {
      if (nodes[i] instanceof Element e) {
        found.mark(++at, i);
        found.element(e, at);
      }
    }
    found.elements = at;
    return new PageScan(found, nodes, count);
  }

  /**
   * What the metadata rules look for, gathered element by element in document order, each with its
   * position: by {@link #walked} or by the parser as it builds the page ({@link HtmlParser}).
   */
  static final class Collector {
    final List<Element> metas = new ArrayList<>();
    final List<Element> scripts = new ArrayList<>(); // JSON-LD
    final List<Hit<Element>> h1s = new ArrayList<>();
    final List<Hit<Element>> times = new ArrayList<>();
    final List<Hit<Element>> itemprops = new ArrayList<>();
    final List<Hit<Element>> authorNodes = new ArrayList<>();
    Element title; // the first not in an svg
    Element html;
    Element canonical;
    int[] marks;
    int elements;

    Collector(int[] marks, int elements) {
      this.marks = marks;
      this.elements = elements;
    }

    /** Notes that the element at position {@code at} is {@code nodes[index]}, if it is marked. */
    void mark(int at, int index) {
      if ((at & (MARK_EVERY - 1)) == 0) {
        int k = at >> MARK_SHIFT;
        if (k == marks.length) {
          marks = Arrays.copyOf(marks, k * 2);
        }
        marks[k] = index;
      }
    }

    /** Notes {@code e}, at position {@code at}, in every list whose rule it meets. */
    void element(Element e, int at) {
      switch (e.normalName()) {
        case "html" -> {
          if (html == null) {
            html = e;
          }
        }
        case "meta" -> metas.add(e);
        case "script" -> {
          if (HtmlParser.attr(e, "type").contains("ld+json")) {
            scripts.add(e);
          }
          return;
        }
        case "title" -> {
          if (title == null && e.parent() != null && !e.parent().normalName().equals("svg")) {
            title = e;
          }
        }
        case "link" -> {
          if (canonical == null && HtmlParser.attr(e, "rel").equalsIgnoreCase("canonical")) {
            canonical = e;
          }
        }
        case "h1" -> add(h1s, e, at);
        case "time" -> add(times, e, at);
        default -> {
          if (HtmlParser.hasAttributes(e)
              && HtmlParser.mayHave(e, HtmlParser.DATETIME)
              && e.attributes().hasKey("datetime")) {
            add(times, e, at);
          }
        }
      }
      if (!HtmlParser.hasAttributes(e)) {
        // Most elements: no itemprop, and no markup that could name an author but a link's href.
        if (!HtmlParser.mayHave(e, HtmlParser.AUTHOR_HREF)) {
          return;
        }
      } else if (HtmlParser.mayHave(e, HtmlParser.ITEMPROP) && e.attributes().hasKey("itemprop")) {
        add(itemprops, e, at);
      }
      if (authorLike(e)) {
        add(authorNodes, e, at);
      }
    }

    private static void add(List<Hit<Element>> list, Element e, int at) {
      if (list.size() < MAX_HITS) {
        list.add(new Hit<>(e, at));
      }
    }
  }

  /**
   * The short text lines with a digit (6 to 400 chars: dates, bylines with dates) at positions from
   * {@code from} to {@code to}, in document order; of a page with very many, only the first {@link
   * #MAX_TEXTS} count.
   */
  List<Hit<TextNode>> shortTexts(int from, int to) {
    List<Hit<TextNode>> out = new ArrayList<>();
    shortTexts(from, to, (t, at) -> out.add(new Hit<>(t, at)));
    return out;
  }

  /** Takes the short texts one at a time, in document order. */
  interface TextTaker {
    /** Takes {@code text} at position {@code at}; false when no later text is wanted. */
    boolean take(TextNode text, int at);
  }

  /**
   * As {@link #shortTexts(int, int)}, given one at a time to {@code taker} until it wants no more:
   * the rest of the range is not read.
   */
  void shortTexts(int from, int to, TextTaker taker) {
    int k = Math.min(Math.max(from, 0), elements) >> MARK_SHIFT;
    int i = k == 0 ? 0 : marks[k];
    int at = k == 0 ? 0 : (k << MARK_SHIFT) - 1; // elements before i: marks[k] is counted below
    int limit = nodeCount;
    boolean capped = false;
    for (; i < limit; i++) {
      if (!capped && i - at >= MAX_TEXTS) {
        // As many nodes but elements before i as texts may count: from here the cap may bind.
        capped = true;
        limit = textLimit();
        if (i >= limit) {
          break;
        }
      }
      Node n = nodes[i];
      if (n instanceof Element) {
        if (++at > to) {
          break;
        }
      } else if (at >= from && n instanceof TextNode t && isShortText(t) && !taker.take(t, at)) {
        return;
      }
    }
  }

  /** As {@link #shortTexts(int, int)} over the whole page. */
  List<Hit<TextNode>> shortTexts() {
    return shortTexts(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  private int textLimit() {
    if (textLimit < 0) {
      textLimit = nodeCount;
      int found = 0;
      for (int i = 0; i < nodeCount; i++) {
        if (nodes[i] instanceof TextNode t && isShortText(t) && ++found == MAX_TEXTS) {
          textLimit = i + 1;
          break;
        }
      }
    }
    return textLimit;
  }

  private static boolean isShortText(TextNode t) {
    String s = t.getWholeText();
    int n = s.length();
    return n >= 6 && n <= 400 && hasDigit(s);
  }

  /**
   * {@code e.data()}: the script's one data node's text as it is (the parser gives a kept script
   * one), else jsoup's concatenation.
   */
  private static String data(Element e) {
    if (e.childNodeSize() == 1 && e.childNode(0).getClass() == DataNode.class) {
      return ((DataNode) e.childNode(0)).getWholeData();
    }
    return e.data();
  }

  /**
   * An element whose markup says it holds an author name. Attribute names are lower case in a
   * parsed tree, so the case-sensitive lookups find what {@code Element.attr} would.
   */
  private static boolean authorLike(Element e) {
    if (e instanceof HtmlParser.ParsedElement p) {
      return authorLike(p);
    }
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
   * As {@link #authorLike(Element)} says, for an element the parser made: it read the author words
   * of the class and id values and the href's "/author/" into bits as it went, and kept no href.
   */
  private static boolean authorLike(HtmlParser.ParsedElement e) {
    if ((e.attrBits & HtmlParser.AUTHOR_MARK) != 0) {
      return true; // authorWord(class) or authorWord(id)
    }
    if (HtmlParser.hasAttributes(e)) {
      Attributes a = e.attributes();
      if ((HtmlParser.mayHave(e, HtmlParser.REL) && a.get("rel").equalsIgnoreCase("author"))
          || (HtmlParser.mayHave(e, HtmlParser.DATA_AUTHOR) && a.hasKey("data-author"))) {
        return true;
      }
      if ((e.attrBits & HtmlParser.AUTHOR_HREF) == 0) {
        return false; // no "/author/" href: class and id need not be read
      }
      if (!a.get("class").trim().isEmpty() || !a.get("id").isEmpty()) {
        return false; // a class or id without author words: the href is not asked
      }
    }
    return (e.attrBits & HtmlParser.AUTHOR_HREF) != 0 && e.normalName().equals("a");
  }

  /**
   * Whether a class or id value says "author", "byline", "creator" or "username", ASCII letters in
   * any case: what {@code k.toLowerCase(Locale.ROOT).contains(word)} says for these words (no other
   * char lower-cases to one of their letters).
   */
  static boolean authorWord(String k) {
    return authorWord(k.toCharArray(), 0, k.length());
  }

  /** The four words by their first letter, lower case: {@link #authorWord} tries only these. */
  private static final String[] AUTHOR_WORDS = new String[128];

  static {
    for (String w : new String[] {"author", "byline", "creator", "username"}) {
      AUTHOR_WORDS[w.charAt(0)] = w;
      AUTHOR_WORDS[w.charAt(0) - 32] = w; // the upper-case letter
    }
  }

  /**
   * As {@link #authorWord(String)}, for the chars in [from, to): the parser asks it of each class
   * and id value while the value's chars are at hand. One table load rejects most chars; the second
   * letter rejects most of the rest before the whole word is compared.
   */
  static boolean authorWord(char[] chars, int from, int to) {
    for (int i = from; i + 6 <= to; i++) {
      char c = chars[i];
      String word = c < 128 ? AUTHOR_WORDS[c] : null;
      if (word != null
          && HtmlParser.lowerAscii(chars[i + 1]) == word.charAt(1)
          && startsWithAscii(chars, i, to, word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case ASCII {@code word} starts at {@code at}, ASCII letters in any case. */
  private static boolean startsWithAscii(char[] chars, int at, int to, String word) {
    if (at + word.length() > to) {
      return false;
    }
    for (int k = 2; k < word.length(); k++) {
      if (HtmlParser.lowerAscii(chars[at + k]) != word.charAt(k)) {
        return false;
      }
    }
    return true;
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
