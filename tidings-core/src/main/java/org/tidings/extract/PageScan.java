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

  /**
   * Every text node in document order, and the count of elements before each: which of them are
   * short lines with a digit is asked only near the headline ({@link #shortTexts}), so the walk
   * reads no text.
   */
  private TextNode[] texts = new TextNode[256];

  private int[] textAt = new int[256];
  private int textCount;

  /** Index in {@link #texts} from which no text counts: past the first {@link #MAX_TEXTS}. */
  private int textLimit = -1;

  private static final int MAX_TEXTS = 4 * MAX_HITS;
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
    HtmlParser.Appended appended =
        doc instanceof HtmlParser.ParsedDocument parsed ? parsed.take() : null;
    if (appended != null) {
      // The parser's own list of the nodes it appended, in document order: no tree walk.
      Element html = doc.child(0);
      visitor.head(html, 1);
      visitor.head(doc.head(), 2);
      visit(visitor, appended.nodes(), 0, appended.bodyFrom());
      visitor.head(doc.body(), 2);
      visit(visitor, appended.nodes(), appended.bodyFrom(), appended.count());
      return scan;
    }
    NodeWalk walk = new NodeWalk(doc);
    for (Node child = walk.next(); child != null; child = walk.next()) {
      visitor.head(child, walk.depth());
      if (child instanceof Element e) {
        walk.enter(e);
      }
    }
    return scan;
  }

  private static void visit(Visitor visitor, Node[] nodes, int from, int to) {
    for (int i = from; i < to; i++) {
      visitor.head(nodes[i], 0); // the visitor reads no depth
    }
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
            jsonLd.add(data(e));
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
        // Most elements: no itemprop, and no markup that could name an author but a link's href.
        if (!HtmlParser.mayHave(e, HtmlParser.AUTHOR_HREF)) {
          return;
        }
      } else if (HtmlParser.mayHave(e, HtmlParser.ITEMPROP) && e.attributes().hasKey("itemprop")) {
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
      if (textCount == texts.length) {
        texts = Arrays.copyOf(texts, textCount * 2);
        textAt = Arrays.copyOf(textAt, textCount * 2);
      }
      texts[textCount] = t;
      textAt[textCount++] = at;
    }
  }

  /**
   * The short text lines with a digit (6 to 400 chars: dates, bylines with dates) at positions from
   * {@code from} to {@code to}, in document order; of a page with very many, only the first {@link
   * #MAX_TEXTS} count.
   */
  List<Hit<TextNode>> shortTexts(int from, int to) {
    int limit = textLimit();
    List<Hit<TextNode>> out = new ArrayList<>();
    for (int i = firstAt(from, limit); i < limit && textAt[i] <= to; i++) {
      if (isShortText(texts[i])) {
        out.add(new Hit<>(texts[i], textAt[i]));
      }
    }
    return out;
  }

  /** As {@link #shortTexts(int, int)} over the whole page. */
  List<Hit<TextNode>> shortTexts() {
    return shortTexts(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** The index of the first text at position {@code from} or later, positions being sorted. */
  private int firstAt(int from, int limit) {
    int lo = 0;
    int hi = limit;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (textAt[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int textLimit() {
    if (textLimit < 0) {
      textLimit = textCount;
      if (textCount > MAX_TEXTS) { // only then can the cap bind
        int found = 0;
        for (int i = 0; i < textCount; i++) {
          if (isShortText(texts[i]) && ++found == MAX_TEXTS) {
            textLimit = i + 1;
            break;
          }
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
