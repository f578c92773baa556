package org.tidings.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * A fast, forgiving HTML parser for article extraction: one pass over the page builds a jsoup tree
 * (so the metadata and content code read it as usual), each text node knowing where it starts in
 * the source ({@link SourceText}). About five times faster than jsoup's full HTML5 parser with
 * position tracking, because it does only what extraction needs:
 *
 * <ul>
 *   <li>scripts, styles and templates are skipped unread, except JSON-LD scripts (kept for the
 *       metadata); so is {@code noscript} in the head (tracking pixels). In the body {@code
 *       noscript} is parsed, as a browser without scripting would, since forums put the server-
 *       rendered post and its author there (extraction drops it as furniture); a skipped element
 *       left open inside it ends with it. Comments, doctypes and processing instructions are
 *       skipped;
 *   <li>the tree follows the HTML5 rules that change where text lands: void elements, implied ends
 *       of {@code p}, {@code li}, {@code dd}/{@code dt}, headings, table cells and rows, nested
 *       links, end tags that close the elements inside them, stray end tags ignored;
 *   <li>it does not re-parent misnested formatting elements (adoption agency) or foster-parent
 *       table text: the text stays, only its inline wrapper differs.
 * </ul>
 *
 * <p>Nesting deeper than {@link #MAX_DEPTH} is flattened, so hostile pages cost linear time.
 * Thread-safe: every call has its own state.
 */
final class HtmlParser {
  static final int MAX_DEPTH = 512;

  /** Elements whose content is skipped to the matching end tag. */
  private static final Set<String> SKIPPED =
      Lookup.of("script", "style", "noscript", "template", "iframe", "noembed", "noframes", "xmp");

  /** Elements whose content is text up to the matching end tag, entities decoded. */
  private static final Set<String> RCDATA = Lookup.of("title", "textarea");

  private static final Set<String> VOID =
      Lookup.of(
          "area",
          "base",
          "br",
          "col",
          "embed",
          "hr",
          "img",
          "input",
          "link",
          "meta",
          "param",
          "source",
          "track",
          "wbr",
          "keygen",
          "image",
          "basefont",
          "bgsound",
          "frame");

  /** Start tags that may sit in the head; any other start tag or text opens the body. */
  private static final Set<String> HEAD =
      Lookup.of("meta", "link", "title", "script", "style", "base", "noscript", "template");

  /** Start tags that end an open paragraph. */
  private static final Set<String> CLOSES_P =
      Lookup.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "header",
          "hgroup",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "search",
          "section",
          "summary",
          "ul",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "pre",
          "listing",
          "form",
          "li",
          "dd",
          "dt",
          "table",
          "hr",
          "plaintext");

  private static final Set<String> HEADINGS = Lookup.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** What a new list item, definition, cell, row or table section closes. */
  private static final Set<String> LI = Lookup.of("li");

  private static final Set<String> DD_DT = Lookup.of("dd", "dt");
  private static final Set<String> CELLS = Lookup.of("td", "th");
  private static final Set<String> CELLS_ROWS = Lookup.of("td", "th", "tr");
  private static final Set<String> CELLS_ROWS_SECTIONS =
      Lookup.of("td", "th", "tr", "tbody", "thead", "tfoot");

  /** HTML5's "special" elements: an end tag for an inline element does not close them. */
  private static final Set<String> SPECIAL =
      Lookup.of(
          "address",
          "applet",
          "article",
          "aside",
          "blockquote",
          "body",
          "button",
          "caption",
          "center",
          "col",
          "colgroup",
          "dd",
          "details",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "html",
          "li",
          "listing",
          "main",
          "marquee",
          "menu",
          "nav",
          "object",
          "ol",
          "p",
          "plaintext",
          "pre",
          "search",
          "section",
          "select",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul");

  /** Elements that bound the search for an open element an end tag names. */
  private static final Set<String> SCOPE =
      Lookup.of("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

  /**
   * The attributes extraction reads; the parser keeps no others, which saves copying and decoding
   * the long values of {@code src}, {@code srcset}, {@code data-} blobs and the like. A rule that
   * reads another attribute must add it here. An {@code href} is kept on {@code <link>} elements
   * and when it links within the page ("#section"); elsewhere the parser notes {@link #AUTHOR_HREF}
   * instead.
   */
  static final Set<String> KEPT_ATTRIBUTES =
      Lookup.of(
          "class",
          "id",
          "style",
          "hidden",
          "aria-hidden",
          "role",
          "itemprop",
          "content",
          "property",
          "name",
          "http-equiv",
          "href",
          "rel",
          "datetime",
          "type",
          "lang",
          "xml:lang",
          "data-author");

  /** {@link ParsedElement#attrBits}: the element has a {@code hidden} attribute. */
  static final int HIDDEN = 1;

  /** The element has an {@code aria-hidden} attribute. */
  static final int ARIA_HIDDEN = 1 << 1;

  /** The element has a {@code style} attribute. */
  static final int STYLE = 1 << 2;

  /** The element has a {@code datetime} attribute. */
  static final int DATETIME = 1 << 3;

  /** The element has an {@code itemprop} attribute. */
  static final int ITEMPROP = 1 << 4;

  /** The element has a {@code rel} attribute. */
  static final int REL = 1 << 5;

  /** The element has a {@code data-author} attribute. */
  static final int DATA_AUTHOR = 1 << 6;

  /**
   * Its {@code class} or {@code id} value says author, byline, creator or username ({@link
   * PageScan#authorWord}): worked out while the value is at hand, not in a later walk.
   */
  static final int AUTHOR_MARK = 1 << 7;

  /**
   * Its {@code href} holds "/author/". The {@code href} value itself is kept on {@code <link>}
   * elements only (the canonical URL): the links of a page are many and long, and this is all the
   * rules ask of theirs.
   */
  static final int AUTHOR_HREF = 1 << 8;

  /** It has an {@code href} attribute (kept or not). */
  static final int HREF = 1 << 9;

  private HtmlParser() {}

  /** {@link #attributeInfo}: the {@link ParsedElement#attrBits} bit of the attribute, if any. */
  private static final int A_BITS = (1 << 16) - 1;

  /** The attribute is one of the {@link #KEPT_ATTRIBUTES}. */
  private static final int A_KEPT = 1 << 16;

  /** The attribute is {@code href}. */
  private static final int A_HREF = 1 << 17;

  /** The attribute is {@code class} or {@code id}, whose values may mark an author. */
  private static final int A_CLASS_ID = 1 << 18;

  /** The {@link #KEPT_ATTRIBUTES}' hash codes, a bit each in a 1024-bit table. */
  private static final long[] READ_HASHES = new long[16];

  static {
    for (String name : KEPT_ATTRIBUTES) {
      int slot = name.hashCode() & 1023;
      READ_HASHES[slot >>> 6] |= 1L << slot;
    }
  }

  /**
   * False when no {@link #KEPT_ATTRIBUTES} name has hash {@code h} ({@link String#hashCode} of the
   * ASCII-folded name): the parser then skips the attribute without reading its name (most, such as
   * src, alt, width and data- attributes). Every rule bit names a kept attribute. ASCII folding
   * suffices: of the other chars only the Kelvin sign lower-cases to ASCII, a 'k' no kept name has.
   */
  static boolean mayBeRead(int h) {
    int slot = h & 1023;
    return (READ_HASHES[slot >>> 6] & 1L << slot) != 0;
  }

  /** What the parser does with an attribute of this (lower-case) name, as A_ bits. */
  private static int attributeInfo(String name) {
    return attrBit(name)
        | (KEPT_ATTRIBUTES.contains(name) ? A_KEPT : 0)
        | (name.equals("href") ? A_HREF : 0)
        | (name.equals("class") || name.equals("id") ? A_CLASS_ID : 0);
  }

  /** The {@link ParsedElement#attrBits} bit of a kept attribute name, or 0. */
  private static int attrBit(String name) {
    return switch (name) {
      case "hidden" -> HIDDEN;
      case "aria-hidden" -> ARIA_HIDDEN;
      case "style" -> STYLE;
      case "datetime" -> DATETIME;
      case "itemprop" -> ITEMPROP;
      case "rel" -> REL;
      case "data-author" -> DATA_AUTHOR;
      default -> 0;
    };
  }

  /**
   * False when {@code e} surely has none of the attributes in {@code bits} (an element this parser
   * made knows which it has, without a lookup); true when it may have one.
   */
  static boolean mayHave(Element e, int bits) {
    return !(e instanceof ParsedElement p) || (p.attrBits & bits) != 0;
  }

  /** A text node that knows the source offset of its first char (before entity decoding). */
  static final class SourceText extends org.jsoup.nodes.TextNode {
    final int start;

    SourceText(String text, int start) {
      super(text);
      this.start = start;
    }
  }

  /**
   * An element this parser made: it says cheaply whether it has attributes (jsoup's {@code
   * attributesSize()} counts them in a loop), which of the looked-up attributes it has, and its
   * text counts for {@link NodeStats}.
   */
  static final class ParsedElement extends Element {
    final int tagFlags; // ContentFinder.tagFlags of its name
    final int attrBits; // HIDDEN, STYLE, ...: which of the looked-up attributes it has
    Object countedBy; // the NodeStats that counted this element, if any
    NodeStats.Counts counts;

    ParsedElement(Tag tag, Attributes attributes, int tagFlags, int attrBits) {
      super(tag, null, attributes);
      this.tagFlags = tagFlags;
      this.attrBits = attrBits;
    }

    boolean attributed() {
      return hasAttributes();
    }
  }

  /**
   * A document this parser made. It also lists the nodes it appended, in the order it appended
   * them, which is document order: the parser only ever appends to the innermost open element, so
   * each new node comes after all nodes before it; the head's content is all appended before the
   * body opens, and the body stays open to the end. {@link PageScan} reads this list instead of
   * walking the tree, and of its elements classifies only those the parser noted as ones its rules
   * may take (about an eighth).
   */
  static final class ParsedDocument extends Document {
    private Node[] appended = new Node[256];
    private int count;
    private int bodyFrom = -1;
    private int bodyAt;

    /**
     * Count of elements so far, the document, html and head included: the position of the last
     * ({@link PageScan}'s positions count elements in document order from 1).
     */
    private int elements = 3;

    /** {@code marks[k]}: the scan's index of the element at position {@code k << MARK_SHIFT}. */
    private int[] marks = new int[64];

    /**
     * The appended elements {@link PageScan.Collector#element} may take, with their positions: an
     * eighth of the elements on news pages, so that the scan need not look at the others.
     */
    private Element[] scanned = new Element[64];

    private int[] scannedAt = new int[64];
    private int scannedCount;

    private ParsedDocument(String baseUri) {
      super(baseUri);
    }

    /** As {@link Document#createShell}: html, head and body. */
    static ParsedDocument shell(String baseUri) {
      ParsedDocument doc = new ParsedDocument(baseUri);
      Element html = doc.appendElement("html");
      html.appendElement("head");
      html.appendElement("body");
      return doc;
    }

    private void appended(Node node) {
      if (count == appended.length) {
        appended = Arrays.copyOf(appended, count * 2);
      }
      appended[count++] = node;
    }

    /**
     * Appends element {@code e}, which the scan's rules may take if {@code scanned} (else they
     * surely do not: {@link HtmlParser#SCANNED}).
     */
    private void appended(ParsedElement e, boolean scanned) {
      int at = ++elements;
      if ((at & MARK_MASK) == 0) {
        mark(at, count + (bodyFrom < 0 ? 3 : 4)); // its index after the document's elements
      }
      appended(e);
      if (scanned) {
        scanned(e, at);
      }
    }

    private void scanned(Element e, int at) {
      if (scannedCount == scanned.length) {
        scanned = Arrays.copyOf(scanned, scannedCount * 2);
        scannedAt = Arrays.copyOf(scannedAt, scannedCount * 2);
      }
      scanned[scannedCount] = e;
      scannedAt[scannedCount++] = at;
    }

    private void mark(int at, int index) {
      int k = at >> PageScan.MARK_SHIFT;
      if (k == marks.length) {
        marks = Arrays.copyOf(marks, k * 2);
      }
      marks[k] = index;
    }

    private void bodyOpens() {
      bodyFrom = count;
      bodyAt = ++elements;
      if ((bodyAt & MARK_MASK) == 0) {
        mark(bodyAt, count + 3);
      }
    }

    /**
     * A copy of the nodes the parser appended under the body, in document order (an element before
     * its children), without taking them: for a reader that comes before anything changes the tree.
     * Null once {@link #take taken}.
     */
    Node[] bodyNodes() {
      return appended == null
          ? null
          : Arrays.copyOfRange(appended, bodyFrom < 0 ? count : bodyFrom, count);
    }

    /**
     * The nodes the parser appended, once: the first caller takes them, so that a tree changed
     * after the parse (extraction prunes it) is walked, never read from a stale list. Null when
     * taken.
     */
    Appended take() {
      if (appended == null) {
        return null;
      }
      if (bodyFrom < 0) {
        bodyOpens(); // a page of head only: the body comes last
      }
      Appended a =
          new Appended(
              appended,
              count,
              bodyFrom,
              bodyAt,
              elements,
              marks,
              new Scanned(scanned, scannedAt, scannedCount));
      appended = null;
      return a;
    }
  }

  /**
   * The nodes a parse appended, in document order: {@code nodes[0, bodyFrom)} under the head,
   * {@code nodes[bodyFrom, count)} under the body, which is the element at position {@code bodyAt};
   * the count of elements with the document's four, the scan's marks ({@code marks[k]}: the index
   * among all nodes, the document's four in their places, of the element at position {@code k <<
   * PageScan.MARK_SHIFT}) and the elements the scan's rules may take.
   */
  record Appended(
      Node[] nodes,
      int count,
      int bodyFrom,
      int bodyAt,
      int elements,
      int[] marks,
      Scanned scanned) {}

  /**
   * The appended elements {@link PageScan.Collector#element} may take, {@code elements[0, count)},
   * with their positions: those of a {@link #R_SCANNED} tag or with {@link #SCANNED} bits.
   */
  record Scanned(Element[] elements, int[] at, int count) {}

  private static final int MARK_MASK = (1 << PageScan.MARK_SHIFT) - 1;

  /**
   * True when {@code e} has attributes; for an element this parser made, without counting them.
   * (The parser keeps an attribute list only when it holds a kept attribute.)
   */
  static boolean hasAttributes(Element e) {
    return e instanceof ParsedElement p ? p.attributed() : e.attributesSize() > 0;
  }

  /**
   * What {@code e.attr(key)} gives for a lower-case {@code key} on a tree this parser made, whose
   * attribute names are lower case: the lookup compares names exactly, without {@code attr}'s
   * case-folding scan of every name.
   */
  static String attr(Element e, String key) {
    return hasAttributes(e) ? e.attributes().get(key) : "";
  }

  /** Parses {@code html} into a document with a head and a body. Never throws on bad markup. */
  static Document parse(String html, String baseUri) {
    return new Run(html, html.toCharArray(), html.length(), baseUri, false).parse();
  }

  /**
   * Parses {@code html} whose chars the caller already has in {@code chars} (possibly a longer
   * array): saves a copy of the page.
   */
  static Document parse(String html, char[] chars, String baseUri) {
    char[] buf = chars == null ? html.toCharArray() : chars;
    return new Run(html, buf, html.length(), baseUri, false).parse();
  }

  /** Parses a decoded page from its chars, finding markup in its {@link Decoded#scan}. */
  static Document parse(Decoded page, String baseUri) {
    return new Run(page.scan(), page.chars(), page.length(), baseUri, page.hasC1Controls()).parse();
  }

  /** {@link TagInfo#rules}: the element's content is skipped ({@link #SKIPPED}). */
  private static final int R_SKIPPED = 1;

  private static final int R_RCDATA = 1 << 1;
  private static final int R_VOID = 1 << 2;
  private static final int R_HEAD = 1 << 3;
  private static final int R_CLOSES_P = 1 << 4;
  private static final int R_HEADING = 1 << 5;
  private static final int R_SPECIAL = 1 << 6;
  private static final int R_SCOPE = 1 << 7;

  /** html, head, body, frameset: opened by the parser itself, their start tags only merged. */
  private static final int R_DOCUMENT = 1 << 8;

  /** A start tag that may close open elements besides a paragraph ({@link Run#implyEnds}). */
  private static final int R_IMPLIES = 1 << 9;

  /** plaintext: the rest of the page is its text. */
  private static final int R_PLAINTEXT = 1 << 10;

  /** A tag {@link PageScan.Collector#element} looks for by name (meta, script, title, ...). */
  private static final int R_SCANNED = 1 << 11;

  private static final Set<String> SCANNED_TAGS =
      Lookup.of("meta", "script", "title", "link", "h1", "time");

  /**
   * The {@link ParsedElement#attrBits} for which {@link PageScan.Collector#element} may take an
   * element of any name: one of these or {@link #R_SCANNED} must be set for it to take one.
   */
  static final int SCANNED = DATETIME | ITEMPROP | REL | DATA_AUTHOR | AUTHOR_MARK | AUTHOR_HREF;

  private static final Set<String> DOCUMENT = Lookup.of("html", "head", "body", "frameset");

  private static final Set<String> IMPLIES =
      Lookup.of(
          "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "td", "th", "tr",
          "tbody", "thead", "tfoot", "option");

  /**
   * The tree rules that name a tag, as bits: looked up once per tag name and page, then tested per
   * element and per open element, where set lookups would hash the name each time.
   */
  private static int rules(String name) {
    return (SKIPPED.contains(name) ? R_SKIPPED : 0)
        | (RCDATA.contains(name) ? R_RCDATA : 0)
        | (VOID.contains(name) ? R_VOID : 0)
        | (HEAD.contains(name) ? R_HEAD : 0)
        | (CLOSES_P.contains(name) ? R_CLOSES_P : 0)
        | (HEADINGS.contains(name) ? R_HEADING : 0)
        | (SPECIAL.contains(name) ? R_SPECIAL : 0)
        | (SCOPE.contains(name) ? R_SCOPE : 0)
        | (DOCUMENT.contains(name) ? R_DOCUMENT : 0)
        | (IMPLIES.contains(name) ? R_IMPLIES : 0)
        | (name.equals("plaintext") ? R_PLAINTEXT : 0)
        | (SCANNED_TAGS.contains(name) ? R_SCANNED : 0);
  }

  /** A tag of this parse, its {@link ContentFinder#tagFlags} and its {@link #rules}. */
  private record TagInfo(Tag tag, int flags, int rules) {}

  private static TagInfo tagInfo(TagSet tagSet, String name) {
    Tag tag = tagSet.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault);
    return new TagInfo(tag, ContentFinder.tagFlags(tag.normalName()), rules(name));
  }

  /**
   * The tags of common HTML elements with their bits, made once and shared by every parse: a page
   * would otherwise copy each from jsoup's tag set and work out its bits again (the parser never
   * changes a tag, and jsoup copies one only to let a parse customize it).
   */
  private static final class KnownTags {
    private static final String NAMES =
        "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas"
            + " caption center cite code col colgroup data datalist dd del details dfn dialog div dl"
            + " dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head"
            + " header hgroup hr html i iframe img input ins kbd label legend li link main map mark"
            + " menu meta meter nav noscript object ol optgroup option output p param picture pre"
            + " progress q s samp script section select small source span strong style sub summary"
            + " sup svg table tbody td template textarea tfoot th thead time title tr track u ul var"
            + " video wbr";

    static final Map<String, TagInfo> INFOS = infos();

    private static Map<String, TagInfo> infos() {
      TagSet tagSet = TagSet.Html();
      Map<String, TagInfo> infos = new HashMap<>();
      for (String name : NAMES.split(" ")) {
        TagInfo info = tagInfo(tagSet, name);
        if (info.tag().isKnownTag()) {
          infos.put(name, info);
        }
      }
      return Lookup.copyOf(infos);
    }
  }

  /** The state of one parse. */
  private static final class Run {
    // The page's chars are buf's first n; scan has the same ASCII chars and a non-ASCII one for
    // each other (Decoded.scan): it finds markup with the JDK's intrinsics, and text is cut from
    // buf.
    private final String scan;
    private final char[] buf;
    private final int n;
    private final boolean mojibake; // repair text nodes: the page's UTF-8 was encoded twice
    private final String[] nameCache = new String[512];
    private final char[][] nameChars = new char[512][];
    private final String[] blankCache = new String[64];
    private final ParsedDocument doc;
    private final Element htmlElement;
    private final Element head;
    private final Element body;
    private TagSet tagSet; // for the tags jsoup does not know, made at the first
    private final Map<String, TagInfo> tags = new HashMap<>();
    private final Map<String, int[]> open = new HashMap<>();
    private final String[] infoNames = new String[128]; // identity caches of tags and open
    private final TagInfo[] infos = new TagInfo[128];
    private final String[] counterNames = new String[128];
    private final String[] attrNames = new String[64]; // identity cache of attrInfo
    private final int[] attrInfos = new int[64];
    private final int[][] counters = new int[128][];
    private Element[] stack = new Element[64];
    private String[] names = new String[64];
    private int[] stackRules = new int[64]; // the rules of the open elements' names
    private int depth;
    private boolean inBody;
    private int nameHash; // of the name nameEnd last found

    Run(String scan, char[] chars, int length, String baseUri, boolean mojibake) {
      this.scan = scan;
      this.mojibake = mojibake;
      this.buf = chars;
      this.n = length;
      this.doc = ParsedDocument.shell(baseUri);
      this.htmlElement = doc.child(0);
      this.head = doc.head();
      this.body = doc.body();
      push(htmlElement, "html", rules("html"));
      push(head, "head", rules("head"));
    }

    Document parse() {
      int i = 0;
      int textStart = 0;
      while (i < n) {
        int lt = indexOf('<', i);
        if (lt < 0) {
          break;
        }
        if (lt + 1 >= n) {
          i = n;
          break;
        }
        char c = buf[lt + 1];
        int next;
        if (isLetter(c)) {
          text(textStart, lt);
          next = startTag(lt);
        } else if (c == '/') {
          if (lt + 2 < n && isLetter(buf[lt + 2])) {
            text(textStart, lt);
            next = endTag(lt);
          } else if (lt + 2 < n && buf[lt + 2] == '>') {
            text(textStart, lt);
            next = lt + 3;
          } else {
            text(textStart, lt);
            next = skipTo(lt + 2, '>');
          }
        } else if (c == '!') {
          text(textStart, lt);
          next = markup(lt);
        } else if (c == '?') {
          text(textStart, lt);
          next = skipTo(lt + 2, '>');
        } else {
          i = lt + 1; // a bare '<' is text
          continue;
        }
        i = next;
        textStart = next;
      }
      text(textStart, n);
      return doc;
    }

    // ---- tokens ------------------------------------------------------------------------------

    /** Adds the text in [from, to) to the current element. */
    private void text(int from, int to) {
      if (from >= to) {
        return;
      }
      if (!inBody) {
        int k = from;
        while (k < to && isSpace(buf[k])) {
          k++;
        }
        if (k == to) {
          return; // whitespace in the head
        }
        openBody();
      }
      String t = blank(from, to);
      if (t == null) {
        t = EntityDecoder.decode(cut(from, to), false);
        if (mojibake) {
          t = Mojibake.repaired(t);
        }
      }
      append(new SourceText(t, from));
    }

    /**
     * The text in [from, to) when it is short and only white space (the indentation between tags,
     * half the text nodes of a page), the same String each time it recurs; else null.
     */
    private String blank(int from, int to) {
      if (to - from > 64) {
        return null;
      }
      int h = 0;
      for (int k = from; k < to; k++) {
        char c = buf[k];
        if (!isSpace(c)) {
          return null;
        }
        h = 31 * h + c;
      }
      int slot = (h ^ (h >>> 7)) & (blankCache.length - 1);
      String cached = blankCache[slot];
      if (cached != null && cached.length() == to - from && scan.startsWith(cached, from)) {
        return cached;
      }
      String s = cut(from, to);
      blankCache[slot] = s;
      return s;
    }

    /** Comments, doctypes, CDATA: skipped. Returns the offset after them. */
    private int markup(int lt) {
      if (scan.startsWith("<!--", lt)) {
        int end = indexOf3('-', '-', '>', lt + 4);
        return end < 0 ? n : end + 3;
      }
      if (scan.startsWith("<![CDATA[", lt)) {
        // A real section (inside SVG, say) closes with "]]>" before any tag; a stray opener in
        // HTML is a bogus comment that ends at the first ">", as in HTML5, so the page goes on.
        int end = indexOf3(']', ']', '>', lt + 9);
        int nextTag = indexOf('<', lt + 9);
        if (end >= 0 && (nextTag < 0 || end < nextTag)) {
          return end + 3;
        }
        return skipTo(lt + 2, '>');
      }
      return skipTo(lt + 2, '>');
    }

    private int skipTo(int from, char c) {
      int k = indexOf(c, from);
      return k < 0 ? n : k + 1;
    }

    /** The page's text in [from, to): cut from its chars, which scan has only where ASCII. */
    private String cut(int from, int to) {
      return new String(buf, from, to - from);
    }

    private int indexOf(char c, int from) {
      return scan.indexOf(c, from); // an intrinsic: much faster than a loop
    }

    /** The offset of the three chars {@code a b c} at or after {@code from}, or -1. */
    private int indexOf3(char a, char b, char c, int from) {
      for (int k = from; k + 2 < n; k++) {
        if (buf[k] == a && buf[k + 1] == b && buf[k + 2] == c) {
          return k;
        }
      }
      return -1;
    }

    /** Where a tag name starting at {@code from} ends: at a space, "/" or ">". */
    private int nameEnd(int from) {
      int k = from;
      int h = 0;
      while (k < n) {
        char c = buf[k];
        if (isSpace(c) || c == '>' || c == '/') {
          break;
        }
        h = 31 * h + lowerAscii(c);
        k++;
      }
      nameHash = h;
      return k;
    }

    /** Reads a start tag at {@code lt}; returns the offset after it (and after raw content). */
    private int startTag(int lt) {
      int k = nameEnd(lt + 1);
      String name = lower(lt + 1, k, nameHash);
      boolean sawHref = false;
      Attributes attrs = null;
      int bits = 0;
      boolean selfClosing = false;
      while (true) {
        while (k < n && (isSpace(buf[k]) || buf[k] == '/')) {
          if (buf[k] == '/' && k + 1 < n && buf[k + 1] == '>') {
            selfClosing = true;
          }
          k++;
        }
        if (k >= n) {
          return n; // a tag cut off by the end of the page is dropped
        }
        if (buf[k] == '>') {
          k++;
          break;
        }
        int an = k;
        int h = lowerAscii(buf[k]);
        k++; // an attribute name may start with '='
        while (k < n) {
          char ch = buf[k];
          if (isSpace(ch) || ch == '>' || ch == '/' || ch == '=') {
            break;
          }
          h = 31 * h + lowerAscii(ch);
          k++;
        }
        // a name whose hash no read attribute has is none of them: not looked up at all
        boolean read = mayBeRead(h);
        String attrName = read ? lower(an, k, h) : null;
        while (k < n && isSpace(buf[k])) {
          k++;
        }
        int about = read ? attrInfo(attrName) : 0;
        boolean href = (about & A_HREF) != 0;
        boolean kept = href ? name.equals("link") : (about & A_KEPT) != 0;
        String value = "";
        boolean marks = false; // a class or id value with author words
        if (k < n && buf[k] == '=') {
          k++;
          while (k < n && isSpace(buf[k])) {
            k++;
          }
          int vs;
          int ve;
          if (k < n && (buf[k] == '"' || buf[k] == '\'')) {
            char q = buf[k];
            int end = indexOf(q, k + 1);
            if (end < 0) {
              return n;
            }
            vs = k + 1;
            ve = end;
            k = end + 1;
          } else {
            vs = k;
            while (k < n && !isSpace(buf[k]) && buf[k] != '>') {
              k++;
            }
            ve = k;
          }
          if (kept) {
            String raw = cut(vs, ve);
            value = EntityDecoder.decode(raw, true);
            if ((about & A_CLASS_ID) != 0) {
              // read from the page's chars when no entity changed them
              marks = value == raw ? PageScan.authorWord(buf, vs, ve) : PageScan.authorWord(value);
            }
          } else if (href && !sawHref && namesAuthor(vs, ve)) {
            bits |= AUTHOR_HREF;
          }
          if (href && !kept && !sawHref && ve > vs && buf[vs] == '#') {
            kept = true; // a link within the page: short, and read by the heading-anchor rule
            value = EntityDecoder.decode(cut(vs, ve), true);
          }
        }
        if (href) {
          sawHref = true; // the first of a repeated attribute counts, as for the kept ones
          bits |= HREF;
        }
        if (!kept) {
          continue; // an attribute no rule reads (src, srcset, data-...): not copied
        }
        if (attrs == null) {
          attrs = new Attributes();
        }
        if (!attrs.hasKey(attrName)) {
          attrs.add(attrName, value);
          bits |= about & A_BITS;
          if (marks) {
            bits |= AUTHOR_MARK;
          }
        }
      }
      return start(name, attrs, bits, selfClosing, k);
    }

    /**
     * What the rules make of attribute {@code name} ({@link #attributeInfo}): found by identity in
     * a small cache, as names come from the name cache.
     */
    private int attrInfo(String name) {
      int slot = name.hashCode() & (attrNames.length - 1);
      if (attrNames[slot] == name) {
        return attrInfos[slot];
      }
      int about = attributeInfo(name);
      attrNames[slot] = name;
      attrInfos[slot] = about;
      return about;
    }

    /** Whether the attribute value in [from, to), entities decoded, holds "/author/". */
    private boolean namesAuthor(int from, int to) {
      boolean found = false;
      for (int k = from; k < to; k++) {
        char c = buf[k];
        if (c == '&') {
          return EntityDecoder.decode(cut(from, to), true).contains("/author/");
        }
        found |= c == '/' && k + 8 <= to && scan.startsWith("/author/", k);
      }
      return found;
    }

    /**
     * Opens element {@code name} with its kept attributes and their {@link ParsedElement#attrBits};
     * {@code k} is the offset after its tag.
     */
    private int start(String name, Attributes attrs, int bits, boolean selfClosing, int k) {
      TagInfo info = info(name);
      int rules = info.rules();
      if ((rules & R_DOCUMENT) != 0) {
        return startDocument(name, attrs, k);
      }
      if ((rules & R_SKIPPED) != 0 && !(inBody && name.equals("noscript"))) {
        int end = rawEnd(name, k);
        if (counter("noscript")[0] > 0) {
          int stop = rawEnd("noscript", k);
          if (stop < end) {
            return stop; // "<noscript><iframe/></noscript>": the iframe never closes
          }
        }
        if (name.equals("script")
            && attrs != null
            && attrs.get("type").toLowerCase(Locale.ROOT).contains("json")) {
          ParsedElement script = element(info, attrs, bits);
          script.appendChild(new DataNode(cut(k, end)));
          append(script, rules);
        }
        return afterRaw(name, end);
      }
      if (!inBody && (rules & R_HEAD) == 0) {
        openBody();
      }
      if (inBody) {
        implyEnds(name, rules);
      }
      ParsedElement e = element(info, attrs, bits);
      append(e, rules);
      if ((rules & R_RCDATA) != 0) {
        int end = rawEnd(name, k);
        if (end > k) {
          String raw = cut(k, end);
          appendText(e, new SourceText(EntityDecoder.decode(raw, false), k));
        }
        return afterRaw(name, end);
      }
      if ((rules & R_PLAINTEXT) != 0) {
        if (k < n) {
          appendText(e, new SourceText(cut(k, n), k));
        }
        return n;
      }
      boolean isVoid = (rules & R_VOID) != 0 || (selfClosing && !e.tag().isKnownTag());
      if (!isVoid && depth < MAX_DEPTH) {
        push(e, name, rules);
      }
      return k;
    }

    /** A start tag of an element the parser opens itself: its attributes merged, no new element. */
    private int startDocument(String name, Attributes attrs, int k) {
      switch (name) {
        case "html" -> merge(htmlElement, attrs);
        case "body" -> {
          openBody();
          merge(body, attrs);
        }
        case "frameset" -> openBody();
        default -> {} // head
      }
      return k;
    }

    /** Reads an end tag at {@code lt}; returns the offset after it. */
    private int endTag(int lt) {
      int k = nameEnd(lt + 2);
      String name = lower(lt + 2, k, nameHash);
      int end = skipTo(k, '>');
      end(name);
      return end;
    }

    private void end(String name) {
      switch (name) {
        case "html", "body", "head" -> {
          return; // the body stays open to the end, as in browsers
        }
        case "br" -> {
          if (!inBody) {
            openBody();
          }
          append(element(info("br"), null, 0), 0);
          return;
        }
        default -> {}
      }
      if (openCount(name) == 0) {
        return;
      }
      // An open element of this name has its rules cached by now.
      int bounds = (info(name).rules() & R_SPECIAL) != 0 ? R_SCOPE : R_SPECIAL | R_SCOPE;
      for (int i = depth - 1; i >= 0; i--) {
        if (names[i].equals(name)) {
          popTo(i);
          return;
        }
        if ((stackRules[i] & bounds) != 0) {
          return; // the end tag does not match an element in scope: ignored
        }
      }
    }

    // ---- tree ----------------------------------------------------------------------------------

    /** Closes what a start tag implicitly ends; {@code rules} are the name's. */
    private void implyEnds(String name, int rules) {
      if ((rules & R_CLOSES_P) != 0 && openCount("p") > 0) {
        closeInScope("p", true);
      }
      if ((rules & R_IMPLIES) == 0) {
        return;
      }
      switch (name) {
        case "li" -> closeItem(LI);
        case "dd", "dt" -> closeItem(DD_DT);
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          if ((stackRules[depth - 1] & R_HEADING) != 0) {
            popTo(depth - 1);
          }
        }
        case "a" -> {
          if (openCount("a") > 0) {
            closeInScope("a", false);
          }
        }
        case "button" -> {
          // buttons do not nest: one left open (its end tag lost in a broken tag) ends here
          if (openCount("button") > 0) {
            closeInScope("button", true);
          }
        }
        case "td", "th" -> closeTable(CELLS);
        case "tr" -> closeTable(CELLS_ROWS);
        case "tbody", "thead", "tfoot" -> closeTable(CELLS_ROWS_SECTIONS);
        case "option" -> {
          if (names[depth - 1].equals("option")) {
            popTo(depth - 1);
          }
        }
        default -> {}
      }
    }

    /** Pops up to the nearest open {@code name}, unless a scope boundary comes first. */
    private void closeInScope(String name, boolean buttonScope) {
      for (int i = depth - 1; i > 0; i--) {
        String at = names[i];
        if (at.equals(name)) {
          popTo(i);
          return;
        }
        if ((stackRules[i] & R_SCOPE) != 0
            || (buttonScope ? at.equals("button") : (stackRules[i] & R_SPECIAL) != 0)) {
          return;
        }
      }
    }

    /** A new list item or definition closes the open one, unless a block comes between. */
    private void closeItem(Set<String> items) {
      for (int i = depth - 1; i > 0; i--) {
        String at = names[i];
        if (items.contains(at)) {
          popTo(i);
          return;
        }
        if ((stackRules[i] & R_SPECIAL) != 0
            && !at.equals("address")
            && !at.equals("div")
            && !at.equals("p")) {
          return;
        }
      }
    }

    /** Closes open cells, rows or sections of the innermost table. */
    private void closeTable(Set<String> closed) {
      if (openCount("table") == 0) {
        return;
      }
      for (int i = depth - 1; i > 0; i--) {
        String at = names[i];
        if (at.equals("table")) {
          return;
        }
        if (closed.contains(at)) {
          popTo(i);
          // after a cell, its row may also have to close (for a new row or section)
        }
      }
    }

    private void openBody() {
      if (inBody) {
        return;
      }
      inBody = true;
      doc.bodyOpens();
      popTo(1); // leave the head
      push(body, "body", rules("body"));
    }

    /** Appends a new element, whose name has {@code rules}, to the current one. */
    private void append(ParsedElement e, int rules) {
      current().appendChild(e);
      doc.appended(e, (rules & R_SCANNED) != 0 || (e.attrBits & SCANNED) != 0);
    }

    /** Appends a new text node to the current element. */
    private void append(SourceText t) {
      appendText(current(), t);
    }

    private void appendText(Element parent, SourceText t) {
      parent.appendChild(t);
      doc.appended(t);
    }

    private Element current() {
      return stack[depth - 1];
    }

    private void push(Element e, String name, int rules) {
      if (depth == stack.length) {
        stack = java.util.Arrays.copyOf(stack, depth * 2);
        names = java.util.Arrays.copyOf(names, depth * 2);
        stackRules = java.util.Arrays.copyOf(stackRules, depth * 2);
      }
      stack[depth] = e;
      names[depth] = name;
      stackRules[depth] = rules;
      depth++;
      counter(name)[0]++;
    }

    /** Pops the element at {@code index} and all above it. */
    private void popTo(int index) {
      while (depth > index) {
        depth--;
        counter(names[depth])[0]--;
        stack[depth] = null;
      }
    }

    /**
     * The open-element counter of {@code name}: found by identity in a small cache (names come from
     * the name cache, so a recurring name is the same String), else in the map.
     */
    private int[] counter(String name) {
      int slot = name.hashCode() & (counterNames.length - 1);
      if (counterNames[slot] == name) {
        return counters[slot];
      }
      int[] c = open.computeIfAbsent(name, x -> new int[1]);
      counterNames[slot] = name;
      counters[slot] = c;
      return c;
    }

    private int openCount(String name) {
      String cached = counterNames[name.hashCode() & (counterNames.length - 1)];
      int[] c =
          cached != null && (cached == name || cached.equals(name))
              ? counters[name.hashCode() & (counters.length - 1)]
              : open.get(name);
      return c == null ? 0 : c[0];
    }

    /** The tag of {@code name} and its bits, made once per name and page. */
    private TagInfo info(String name) {
      int slot = name.hashCode() & (infoNames.length - 1);
      if (infoNames[slot] == name) {
        return infos[slot]; // the same name String as last time in this slot: no map lookup
      }
      TagInfo info = KnownTags.INFOS.get(name);
      if (info == null) {
        info = tags.get(name);
      }
      if (info == null) {
        if (tagSet == null) {
          tagSet = TagSet.Html();
        }
        info = tagInfo(tagSet, name);
        tags.put(name, info);
      }
      infoNames[slot] = name;
      infos[slot] = info;
      return info;
    }

    private ParsedElement element(TagInfo info, Attributes attrs, int bits) {
      return new ParsedElement(info.tag(), attrs, info.flags(), bits);
    }

    private static void merge(Element e, Attributes attrs) {
      if (attrs == null) {
        return;
      }
      for (org.jsoup.nodes.Attribute a : attrs) {
        if (!e.hasAttr(a.getKey())) {
          e.attr(a.getKey(), a.getValue());
        }
      }
    }

    /** The offset where the raw content of {@code name} opened before {@code from} ends. */
    private int rawEnd(String name, int from) {
      int k = from;
      while (true) {
        int lt = indexOf('<', k);
        if (lt < 0) {
          return n;
        }
        if (lt + 1 >= n || buf[lt + 1] != '/') {
          k = lt + 1;
          continue;
        }
        int e = lt + 2 + name.length();
        if (e <= n
            && foldedAt(lt + 2, name)
            && (e == n || isSpace(buf[e]) || buf[e] == '>' || buf[e] == '/')) {
          return lt;
        }
        k = lt + 2;
      }
    }

    /**
     * Whether the chars at {@code at} are the lower-case {@code name} in either ASCII case. Only
     * ASCII folds, as in HTML: Java's case-insensitive compare would take the long s or the Kelvin
     * sign for an ASCII letter.
     */
    private boolean foldedAt(int at, String name) {
      for (int k = 0; k < name.length(); k++) {
        if (lowerAscii(buf[at + k]) != name.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private int afterRaw(String name, int end) {
      return end >= n ? n : skipTo(end + 2 + name.length(), '>');
    }

    /**
     * The lower-cased name in [from, to), the same String each time a name recurs; {@code h} is the
     * hash of its ASCII-folded chars, computed by the caller while it found the name's end.
     */
    private String lower(int from, int to, int h) {
      int slot = (h ^ (h >>> 9)) & (nameCache.length - 1);
      char[] cached = nameChars[slot]; // the cached name's chars: compared without String calls
      if (cached != null && cached.length == to - from) {
        boolean same = true;
        for (int k = from; k < to && same; k++) {
          same = lowerAscii(buf[k]) == cached[k - from];
        }
        if (same) {
          return nameCache[slot];
        }
      }
      String s = cut(from, to).toLowerCase(Locale.ROOT);
      nameCache[slot] = s;
      nameChars[slot] = s.toCharArray();
      return s;
    }
  }

  /** {@code c} lower-cased if it is an ASCII capital: the folding of tag and attribute names. */
  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Bits 9, 10, 12, 13 and 32: tab, newline, form feed, carriage return and space. */
  private static final long SPACES = 1L << '\t' | 1L << '\n' | 1L << '\f' | 1L << '\r' | 1L << ' ';

  private static boolean isSpace(char c) {
    return c <= ' ' && (SPACES >>> c & 1) != 0; // one test for the chars above space
  }

  /**
   * True when {@code e} has an {@code href} attribute: for an element this parser made, which keeps
   * hrefs on {@code <link>} elements only, from its bits.
   */
  static boolean hasHref(Element e) {
    return e instanceof ParsedElement p ? (p.attrBits & HREF) != 0 : e.hasAttr("href");
  }

  /** True when {@code node} is a text node this parser made. */
  static int sourceStart(Node node) {
    return node instanceof SourceText t ? t.start : -1;
  }
}
