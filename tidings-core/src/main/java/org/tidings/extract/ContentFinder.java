package org.tidings.extract;

import static org.tidings.extract.HtmlParser.attr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of an HTML page: drops furniture by tag, attribute, role and class/id tokens,
 * scores containers by the paragraphs they hold (length, clause punctuation and link density, all
 * language-independent), takes the best container with its related siblings and writes out its
 * blocks, skipping link lists.
 */
final class ContentFinder {
  private static final Set<String> DROP_TAGS =
      Lookup.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "dialog",
          "link",
          "meta",
          "map",
          "audio",
          "video",
          "source",
          "picture",
          "img",
          "head",
          "title",
          "math");
  private static final Set<String> FURNITURE_TAGS =
      Lookup.of("nav", "aside", "footer", "header", "menu");
  private static final Set<String> FURNITURE_ROLES =
      Lookup.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "search",
          "toolbar",
          "tablist",
          "alert");
  static final Set<String> BLOCK_TAGS =
      Lookup.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "thead",
          "tbody",
          "tfoot",
          "caption",
          "figure",
          "figcaption",
          "header",
          "footer",
          "aside",
          "nav",
          "address",
          "hr",
          "br",
          "center",
          "details",
          "summary",
          "form",
          "fieldset",
          "hgroup",
          "body",
          "html");
  private static final Set<String> SCORED_TAGS =
      Lookup.of("p", "pre", "td", "blockquote", "dd", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> TEXT_HOLDERS =
      Lookup.of("div", "section", "article", "span", "font", "li", "main");

  /** Blocks a figure may wrap that are content, not caption. */
  private static final Set<String> FIGURE_CONTENT =
      Lookup.of("table", "blockquote", "ul", "ol", "dl", "pre");

  /** What a tag name is to the rules here, as bits: one lookup per name, not per element. */
  static final int DROP = 1;

  static final int BLOCK = 2;
  static final int SCORED = 4;
  static final int TEXT_HOLDER = 8;
  static final int FURNITURE_TAG = 16;

  /** {@code <a>}: its text is link text. */
  static final int ANCHOR = 32;

  /** {@code <p>}. */
  static final int PARAGRAPH = 64;

  /** {@code <p>}, {@code <pre>}, {@code <blockquote>}: their link-poor text is paragraph text. */
  static final int PARAGRAPH_TEXT = 128;

  /**
   * {@code <a>}, {@code <article>}, {@code <main>}, {@code <p>}, {@code <blockquote>}: never
   * furniture by class or id.
   */
  static final int NOT_MARKABLE = 256;

  /** {@code <br>}. */
  static final int BREAK = 512;

  private static final int MIN_PARAGRAPH = 25;

  /** Widening takes a parent with this many times the paragraph text, plus this many chars. */
  private static final double WIDEN_FACTOR = 1.5;

  private static final int MIN_WIDEN_GAIN = 200;

  /**
   * ...and whose text beyond the container's is at most this share links. (0.15 until session 9: a
   * health page whose sections link their terms, 15.2% links, stayed on its reference list. 0.25
   * gains 0.008 WCXB word F1 over all pages and 0.001 Scrapinghub; 0.3 and above lose Scrapinghub.)
   */
  private static final double WIDEN_MAX_LINKS = 0.25;

  private static final double PROTECT_SHARE = 0.4;

  private final TokenTable tokens;
  private final TokenTable noTokens = new TokenTable(FurnitureRules.NONE);
  private final TokenTable threadTokens;
  private final CaptionTable captions;

  ContentFinder(FurnitureRules rules) {
    this.tokens = new TokenTable(rules);
    this.threadTokens = new TokenTable(rules.threadsOnly());
    this.captions = new CaptionTable(rules);
  }

  /** The page's main paragraphs, in order. The body is pruned in place. */
  List<Paragraph> find(Element body) {
    return find(body, false, null);
  }

  /**
   * The page's main paragraphs, in order; the body is pruned in place. A lenient search keeps what
   * only class/id tokens, a {@code hidden}/{@code aria-hidden} attribute or an inline style mark as
   * furniture, and reads {@code noscript}: the second try when the strict one finds almost nothing
   * (page builders that call every block a "widget", script frameworks that stream the article into
   * a hidden div or hide the whole page until their styles load, forums rendered for readers
   * without scripts). {@code nodes}, when not null, are the nodes under the body as the parser
   * appended them, the tree unchanged since: they are counted without a walk.
   */
  List<Paragraph> find(Element body, boolean lenient, Node[] nodes) {
    return find(body, lenient, lenient ? noTokens : tokens, nodes).paragraphs();
  }

  /**
   * The paragraphs a search found, their {@link #textLength}, and the chars of text outside links
   * on the page once obvious furniture (scripts, hidden blocks) was dropped: about the most a wider
   * search of it can find.
   */
  record Found(List<Paragraph> paragraphs, int length, int unlinkedText) {}

  /** The strict search, {@link #find(Element, boolean, Node[])}, with the page's text. */
  Found search(Element body, Node[] nodes) {
    return find(body, false, tokens, nodes);
  }

  /**
   * A lenient search that still drops comment threads ({@link FurnitureRules#threadTokens}): the
   * try to widen a short text to the sections around it, not to the comments under it.
   */
  List<Paragraph> widen(Element body, Node[] nodes) {
    return find(body, true, threadTokens, nodes).paragraphs();
  }

  private Found find(Element body, boolean lenient, TokenTable marked, Node[] nodes) {
    NodeStats stats;
    if (isObviousFurniture(body, lenient)) {
      // A hidden body: what the traversor does with it (its children are not pruned).
      NodeTraversor.filter(dropObviousFurniture(lenient), body);
      stats = NodeStats.of(body);
    } else {
      // Pruned while counted: one pass over the parser's list, else one walk.
      Predicate<Element> drop = e -> isObviousFurniture(e, lenient);
      stats = nodes == null ? null : NodeStats.of(body, nodes, drop);
      if (stats == null) {
        stats = NodeStats.of(body, drop);
      }
    }
    Marks marks = new Marks(marked, captions);
    int unlinkedText = stats.text(body) - stats.get(body).links;
    int[] kept = dropMarkedFurniture(body, stats, marks);
    List<Element> roots = mainContainers(body, kept, stats, marks);
    List<Paragraph> out = new ArrayList<>();
    for (Element root : roots) {
      write(root, stats, marks, out);
    }
    int length = textLength(out);
    if (length < MAIN_BELOW) {
      List<Paragraph> main = wholeMain(kept, stats, marks);
      int mainLength = textLength(main);
      if (mainLength > MAIN_FACTOR * length) {
        out = main;
        length = mainLength;
      }
    }
    return new Found(out, length, unlinkedText);
  }

  /**
   * Text below which the page's whole {@code <main>} is weighed against the containers found, and
   * taken when it holds this many times as much. (Session 9, WCXB word F1 over all pages: 0.795
   * without, 0.810 at 1,000 chars, 0.812 at 2,000 and 4,000; a factor of 2 loses Scrapinghub. The
   * body of a page without a main: 0.811 -> 0.820, 0.817 at a factor of 5.)
   */
  private static final int MAIN_BELOW = 2000;

  private static final double MAIN_FACTOR = 3;

  /**
   * All blocks of the page's main content ({@code <main>}, role {@code main}; else the whole body,
   * its furniture dropped): the text of a landing page, whose sections (a hero line, cards, one
   * block a feature) give no container much text, when it holds several times the text found.
   */
  private static List<Paragraph> wholeMain(int[] kept, NodeStats stats, Marks marks) {
    Element main = stats.element(kept[0]); // the body
    for (int k : kept) {
      Element e = stats.element(k);
      if (e.nameIs("main") || "main".equals(attr(e, "role"))) {
        main = e;
        break;
      }
    }
    List<Paragraph> all = new ArrayList<>();
    write(main, stats, marks, all);
    return all;
  }

  /** Chars of the paragraphs' text, captions not counted. */
  static int textLength(List<Paragraph> paragraphs) {
    int n = 0;
    for (Paragraph p : paragraphs) {
      if (p.kind() != Paragraph.Kind.CAPTION) {
        n += p.text().length();
      }
    }
    return n;
  }

  /** Paragraphs of every long, link-poor {@code <p>} on the page: the last fallback. */
  List<Paragraph> paragraphs(Element body) {
    NodeStats stats = NodeStats.of(body);
    Marks marks = new Marks(tokens, captions);
    List<Paragraph> out = new ArrayList<>();
    for (Element p : body.getElementsByTag("p")) {
      if (stats.text(p) >= 50 && stats.linkDensity(p) < 0.3) {
        write(p, stats, marks, out);
      }
    }
    return out;
  }

  private NodeFilter dropObviousFurniture(boolean lenient) {
    return (node, depth) -> {
      if (!(node instanceof Element e)) {
        return node.nodeName().equals("#comment")
            ? NodeFilter.FilterResult.REMOVE
            : NodeFilter.FilterResult.CONTINUE;
      }
      return isObviousFurniture(e, lenient)
          ? NodeFilter.FilterResult.REMOVE
          : NodeFilter.FilterResult.CONTINUE;
    };
  }

  private static boolean isObviousFurniture(Element e, boolean lenient) {
    if ((tagFlags(e) & DROP) != 0) {
      // A lenient search reads what a browser without scripts shows: forum software renders the
      // posts into a noscript and draws them with scripts. A short notice there asking for
      // scripts ("You need to enable JavaScript") is not text, in any language.
      return !(lenient && e.nameIs("noscript")) || isScriptNotice(e.text());
    }
    return isHidden(e, lenient);
  }

  /** Longest text of a noscript taken for a notice about scripts. */
  private static final int MAX_NOTICE = 300;

  /** A short text that names JavaScript: a noscript's "please enable JavaScript" notice. */
  static boolean isScriptNotice(String text) {
    return text.length() <= MAX_NOTICE && text.toLowerCase(Locale.ROOT).contains("javascript");
  }

  /** The {@link #DROP}, {@link #BLOCK}... bits of a tag name. */
  static int tagFlags(String normalName) {
    return (DROP_TAGS.contains(normalName) ? DROP : 0)
        | (BLOCK_TAGS.contains(normalName) ? BLOCK : 0)
        | (SCORED_TAGS.contains(normalName) ? SCORED : 0)
        | (TEXT_HOLDERS.contains(normalName) ? TEXT_HOLDER : 0)
        | (FURNITURE_TAGS.contains(normalName) ? FURNITURE_TAG : 0)
        | switch (normalName) {
          case "a" -> ANCHOR | NOT_MARKABLE;
          case "p" -> PARAGRAPH | PARAGRAPH_TEXT | NOT_MARKABLE;
          case "pre" -> PARAGRAPH_TEXT;
          case "blockquote" -> PARAGRAPH_TEXT | NOT_MARKABLE;
          case "article", "main" -> NOT_MARKABLE;
          case "br" -> BREAK;
          default -> 0;
        };
  }

  /** The tag bits of an element: kept in the elements the parser made. */
  static int tagFlags(Element e) {
    return e instanceof HtmlParser.ParsedElement p ? p.tagFlags : tagFlags(e.normalName());
  }

  /** The {@code itemprop} value, without a lookup when the parser saw none. */
  private static String itemprop(Element e) {
    return HtmlParser.mayHave(e, HtmlParser.ITEMPROP) ? attr(e, "itemprop") : "";
  }

  private static boolean isHidden(Element e, boolean lenient) {
    if (!HtmlParser.hasAttributes(e)
        || !HtmlParser.mayHave(e, HtmlParser.HIDDEN | HtmlParser.ARIA_HIDDEN | HtmlParser.STYLE)) {
      return false;
    }
    if (isPanel(e)) {
      return false; // a tab or a folded section the reader can open: its text is the page's
    }
    if (!lenient && e.attributes().hasKey("hidden")) {
      return true;
    }
    if (!lenient && "true".equals(attr(e, "aria-hidden")) && !e.nameIs("body")) {
      return true;
    }
    String style = attr(e, "style");
    if (!style.isEmpty() && !lenient) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  /** A tab panel or an accordion's section (WAI-ARIA roles {@code tabpanel} and {@code region}). */
  private static boolean isPanel(Element e) {
    String role = attr(e, "role");
    return role.equals("tabpanel") || role.equals("region");
  }

  /**
   * Drops furniture marked by tag, role or class/id, sparing what holds much of the page's text.
   * Returns the elements left, in document order (what {@code body.getAllElements()} then gives),
   * as their indices in {@code stats}.
   */
  private static int[] dropMarkedFurniture(Element body, NodeStats stats, Marks marks) {
    int pageParagraphs = Math.max(1, stats.get(body).paragraphText);
    int pageText = Math.max(1, stats.text(body));
    List<Element> drop = new ArrayList<>();
    int[] kept = new int[stats.size()];
    int left = 1; // the body, 0th

    // The elements as counted, in document order (the body first): those after a dropped one
    // and deeper, up to the next at its depth or above, lie inside it. The tree is changed only
    // after the loop.
    int dropped = Integer.MAX_VALUE; // depth of the dropped element the loop is inside
    for (int k = 1; k < stats.size(); k++) {
      NodeStats.Counts c = stats.counts(k);
      if (c.depth > dropped) {
        continue;
      }
      dropped = Integer.MAX_VALUE;
      Element e = stats.element(k);
      if (isFurniture(e, c, marks) && !holdsTheText(c, pageParagraphs, pageText)) {
        drop.add(e);
        dropped = c.depth;
        continue;
      }
      kept[left++] = k;
    }
    List<Element> parentsOfDropped = new ArrayList<>(drop.size());
    for (Element e : drop) {
      parentsOfDropped.add(e.parent());
      e.remove();
    }
    stats.removed(parentsOfDropped);
    return Arrays.copyOf(kept, left);
  }

  /**
   * True when a marked element, counted in {@code c}, holds much of the page's text, link-poor: a
   * wrapper whose class happens to say "meta" or "widget", not furniture.
   */
  private static boolean holdsTheText(NodeStats.Counts c, int pageParagraphs, int pageText) {
    return c.paragraphText >= PROTECT_SHARE * pageParagraphs
        || (c.text >= PROTECT_SHARE * pageText && c.links < 0.3 * c.text);
  }

  /** Whether {@code e}, counted in {@code c}, is furniture by tag, role or class/id. */
  private static boolean isFurniture(Element e, NodeStats.Counts c, Marks marks) {
    if ((c.tagFlags & FURNITURE_TAG) != 0) {
      return true;
    }
    String role = attr(e, "role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if ((c.tagFlags & NOT_MARKABLE) != 0) {
      return false;
    }
    String itemprop = itemprop(e);
    if ("articleBody".equals(itemprop) || "text".equals(itemprop)) {
      return false;
    }
    int weight = classWeight(e, c, marks);
    if (weight >= 0) {
      return false;
    }
    // A marked container that holds the article text is a wrapper, not furniture.
    return weight < -1 || c.paragraphText < 250;
  }

  /**
   * -2 furniture only, -1 furniture and content tokens, 0 neither, 1 content only: kept in the
   * element's counts, read once for the furniture test and the container score.
   */
  private static int classWeight(Element e, NodeStats stats, Marks marks) {
    return classWeight(e, stats.counted(e), marks);
  }

  /**
   * {@link #classWeight(Element, NodeStats, Marks)} of {@code e} counted in {@code c} (or null).
   */
  private static int classWeight(Element e, NodeStats.Counts c, Marks marks) {
    if (c == null) {
      return classWeight(e, marks);
    }
    if (c.classWeight == NodeStats.Counts.UNKNOWN) {
      c.classWeight = (byte) classWeight(e, marks);
    }
    return c.classWeight;
  }

  private static int classWeight(Element e, Marks marks) {
    String id = attr(e, "id");
    int idFlags = marks.of(id);
    if ((idFlags & FURNITURE) != 0 && isHeadingAnchor(e, id)) {
      idFlags = 0; // "1-heading-how-popular-are-...": the words are the heading's, not a mark
    }
    int flags = marks.of(attr(e, "class")) | idFlags;
    if ((flags & FURNITURE) != 0) {
      return (flags & CONTENT) != 0 ? -1 : -2;
    }
    return (flags & CONTENT) != 0 ? 1 : 0;
  }

  private static final int FURNITURE = TokenTable.FURNITURE;
  private static final int CONTENT = TokenTable.CONTENT;

  /** Words a heading's slug needs before an id holding it is taken for the heading's anchor. */
  private static final int MIN_SLUG_WORDS = 4;

  /**
   * True when an id names the element's section, so its words say nothing of the layout however
   * they match the furniture tokens: the heading the element opens with links to it (a permalink),
   * or the id holds the slug of the element's first heading ("what-are-the-health-benefits" for
   * "What are the health benefits?").
   */
  static boolean isHeadingAnchor(Element e, String id) {
    Element first = openingHeading(e);
    if (first != null && linksTo(first, id)) {
      return true; // the permalink of the heading it opens with ("¶", "#") points at it
    }
    if (hyphens(id) < MIN_SLUG_WORDS - 1) {
      return false; // most ids: too few words to hold a slug, no heading looked for
    }
    Element heading = e.selectFirst(HEADING);
    if (heading == null) {
      return false;
    }
    String slug = slug(heading.text());
    return hyphens(slug) >= MIN_SLUG_WORDS - 1 && id.toLowerCase(Locale.ROOT).contains(slug);
  }

  /**
   * Whether a heading holds a link to the fragment {@code id}: the permalink documentation
   * generators put in a section's heading ({@code <section id="more-on-lists"><h2>More on Lists<a
   * href="#more-on-lists">¶</a>}), which names the section by its id.
   */
  private static boolean linksTo(Element heading, String id) {
    for (Element a : heading.getElementsByTag("a")) {
      String href = attr(a, "href");
      if (href.length() == id.length() + 1 && href.charAt(0) == '#' && href.endsWith(id)) {
        return true;
      }
    }
    return false;
  }

  private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");

  /**
   * The heading an element opens with: its first child element, past empty ones (anchors such as
   * Sphinx's {@code <span id="tut-morelists"></span>}); null when that is no heading.
   */
  private static Element openingHeading(Element e) {
    for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
      if (isHeading(c)) {
        return c;
      }
      if (c.childNodeSize() > 0) {
        return null;
      }
    }
    return null;
  }

  private static boolean isHeading(Element e) {
    String name = e.normalName();
    return name.length() == 2
        && name.charAt(0) == 'h'
        && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }

  private static int hyphens(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == '-' ? 1 : 0;
    }
    return n;
  }

  /** Letters and digits lower-cased, every run of other chars one hyphen, none at the ends. */
  static String slug(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * The furniture and content tokens of class and id values (none in a lenient search) and whether
   * a value marks a caption (always by the rules). Read in place, not cached: a lookup in a map of
   * seen values cost more than the read.
   */
  private static final class Marks {
    private final TokenTable tokens;
    private final CaptionTable captions;

    Marks(TokenTable tokens, CaptionTable captions) {
      this.tokens = tokens;
      this.captions = captions;
    }

    /** {@link FurnitureRules#isCaptionMark}. */
    boolean isCaption(String attribute) {
      if (attribute.isEmpty()) {
        return false;
      }
      return captions.isCaptionMark(attribute);
    }

    int of(String attribute) {
      if (attribute.isEmpty()) {
        return 0;
      }
      return tokens.of(attribute);
    }
  }

  /**
   * The best-scoring container and the siblings that belong with it, of the {@code elements} left
   * (their indices in {@code stats}).
   */
  private static List<Element> mainContainers(
      Element body, int[] elements, NodeStats stats, Marks marks) {
    Scores scores = new Scores(stats, marks);
    for (int k : elements) {
      NodeStats.Counts c = stats.counts(k);
      int flags = c.tagFlags;
      boolean scored =
          (flags & SCORED) != 0 || (c.ownText >= 2 * MIN_PARAGRAPH && (flags & TEXT_HOLDER) != 0);
      if (!scored || c.text < MIN_PARAGRAPH) {
        continue;
      }
      Element e = stats.element(k);
      double score = 1 + Math.min(c.commas, 10) + Math.min(c.text / 100.0, 3);
      score *= 1 - (double) c.links / c.text; // its link density
      // Text written straight into a div is also that div's own paragraph: the div scores too.
      if ((flags & SCORED) == 0 && e != body) {
        scores.of(e)[0] += score;
      }
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        double[] s = scores.of(ancestor);
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        s[0] += score * share;
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scores.elements.size(); i++) {
      Element e = scores.elements.get(i);
      double[] v = scores.values.get(i);
      double s = v[0] * (1 - stats.linkDensity(e));
      v[0] = s;
      if (s > best) {
        best = s;
        top = e;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    // A lone child adds nothing: climb while the parent holds only this container's text.
    while (top.parent() != null && top != body && stats.text(top.parent()) == stats.text(top)) {
      top = top.parent();
    }
    top = widen(top, body, stats);
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < parent.childNodeSize(); i++) {
      if (!(parent.childNode(i) instanceof Element sibling)) {
        continue; // children() would copy them into a list first
      }
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double[] s = scores.get(sibling);
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? best * 0.2
              : 0;
      if (s != null && s[0] + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.nameIs("p")
          || sibling.nameIs("blockquote")
          || sibling.nameIs("ul")
          || sibling.nameIs("ol")
          || sibling.nameIs("h2")
          || sibling.nameIs("h3")) {
        int len = stats.text(sibling);
        double ld = stats.linkDensity(sibling);
        if ((len > 80 && ld < 0.25) || (len > 0 && ld == 0 && endsSentence(sibling.text()))) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  /**
   * Container scores in the order they were first given (ties go the same way on every run): in the
   * counts of the elements counted, in a map for others (the body's parents).
   */
  private static final class Scores {
    private final NodeStats stats;
    private final Marks marks;
    private final Map<Element, double[]> uncounted = new IdentityHashMap<>();
    final List<Element> elements = new ArrayList<>();
    final List<double[]> values = new ArrayList<>();

    Scores(NodeStats stats, Marks marks) {
      this.stats = stats;
      this.marks = marks;
    }

    /** The score of {@code e}, started at its {@link #initialScore} when first asked for. */
    double[] of(Element e) {
      NodeStats.Counts c = stats.counted(e);
      double[] s = c != null ? c.score : uncounted.get(e);
      if (s == null) {
        s = new double[] {initialScore(e, stats, marks)};
        if (c != null) {
          c.score = s;
        } else {
          uncounted.put(e, s);
        }
        elements.add(e);
        values.add(s);
      }
      return s;
    }

    /** The score of {@code e}, or null when it has none. */
    double[] get(Element e) {
      NodeStats.Counts c = stats.counted(e);
      return c != null ? c.score : uncounted.get(e);
    }
  }

  /**
   * An article split into sections (page builders, one block per heading) scores one section best:
   * widen to the highest ancestor holding much more link-poor paragraph text whose extra text has
   * few links, but never above an {@code <article>} or the page's {@code articleBody}.
   */
  private static Element widen(Element top, Element body, NodeStats stats) {
    Element best = top;
    for (Element a = best.parent(); a != null && a != body; a = a.parent()) {
      if (best.nameIs("article") || "articleBody".equals(itemprop(best))) {
        break; // the page says where the article ends
      }
      NodeStats.Counts mine = stats.get(best);
      NodeStats.Counts theirs = stats.get(a);
      int more = theirs.text - mine.text;
      if (theirs.paragraphText >= WIDEN_FACTOR * mine.paragraphText + MIN_WIDEN_GAIN
          && more > 0
          && (theirs.links - mine.links) < WIDEN_MAX_LINKS * more) {
        best = a; // wrappers in between that add little are passed over
      }
    }
    return best;
  }

  private static double initialScore(Element e, NodeStats stats, Marks marks) {
    double s =
        switch (e.normalName()) {
          case "article" -> 10;
          case "main" -> 5;
          case "div" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if ("articleBody".equals(itemprop(e))) {
      s += 50;
    }
    int w = classWeight(e, stats, marks);
    return s + (w > 0 ? 25 : w < 0 ? -25 : 0);
  }

  private static boolean endsSentence(String t) {
    String s = t.strip();
    return !s.isEmpty() && ".!?。！？".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /**
   * Writes the blocks under {@code root} as paragraphs, skipping link lists. Everything inside a
   * block whose class or id marks a caption, credit or gallery is a caption, and so is everything
   * inside a figure but the tables, quotes and lists it may wrap.
   */
  private static void write(Element root, NodeStats stats, Marks marks, List<Paragraph> out) {
    Paragraph.Builder para = new Paragraph.Builder();
    Deque<Paragraph.Kind> kinds = new ArrayDeque<>();
    kinds.push(kindOf(root));
    int captionLimit = (int) (stats.text(root) * PROTECT_SHARE);
    int captions = 0; // open blocks marked as captions by class or id
    if ((tagFlags(root) & BREAK) != 0) {
      para.space();
    }
    // Document order, child lists by index; each open element remembers whether it opened a
    // block and whether that block is a marked caption, to close them after its children.
    Element[] open = new Element[64];
    int[] next = new int[64];
    byte[] opened = new byte[64]; // 1 a block, 2 a marked caption block
    int top = 0;
    open[0] = root;
    while (top >= 0) {
      Element parent = open[top];
      int i = next[top];
      if (i >= parent.childNodeSize()) {
        if (opened[top] != 0) {
          flush(para, kinds.peek(), out);
          kinds.pop();
          if (opened[top] == 2) {
            captions--;
          }
        }
        top--;
        continue;
      }
      next[top] = i + 1;
      Node node = parent.childNode(i);
      if (node instanceof TextNode t) {
        para.add(t.getWholeText(), HtmlParser.sourceStart(t));
        continue;
      }
      if (!(node instanceof Element e)) {
        continue; // comments and data: skipped with what they hold
      }
      byte block = 0;
      if ((tagFlags(e) & BREAK) != 0) {
        para.space();
      } else if (isBlock(e, stats, marks, captionLimit)) {
        flush(para, kinds.peek(), out);
        if (isLinkList(e, stats)) {
          continue; // skipped with its children
        }
        boolean inCaption =
            kinds.peek() == Paragraph.Kind.CAPTION
                && (captions > 0 || !FIGURE_CONTENT.contains(e.normalName()));
        block = 1;
        if (isCaption(e, stats, marks, captionLimit)) {
          captions++;
          inCaption = true;
          block = 2;
        }
        kinds.push(inCaption ? Paragraph.Kind.CAPTION : kindOf(e));
      }
      if (++top == open.length) {
        open = Arrays.copyOf(open, top * 2);
        next = Arrays.copyOf(next, top * 2);
        opened = Arrays.copyOf(opened, top * 2);
      }
      open[top] = e;
      next[top] = 0;
      opened[top] = block;
    }
    flush(para, kinds.peek(), out);
  }

  private static boolean isBlock(Element e, NodeStats stats, Marks marks, int captionLimit) {
    return (tagFlags(e) & BLOCK) != 0 || isCaption(e, stats, marks, captionLimit);
  }

  /** A block marked as caption, credit or gallery by its class or id, and not the main text. */
  private static boolean isCaption(Element e, NodeStats stats, Marks marks, int captionLimit) {
    if (!HtmlParser.hasAttributes(e) || stats.text(e) > captionLimit) {
      return false;
    }
    return marks.isCaption(attr(e, "class")) || marks.isCaption(attr(e, "id"));
  }

  private static boolean isLinkList(Element e, NodeStats stats) {
    double ld = stats.linkDensity(e);
    int len = stats.text(e);
    if (len == 0) {
      return false;
    }
    if ((tagFlags(e) & PARAGRAPH) != 0) {
      return ld > 0.8 && len < 200;
    }
    return ld > 0.5;
  }

  private static void flush(Paragraph.Builder para, Paragraph.Kind kind, List<Paragraph> out) {
    if (!para.isEmpty()) {
      out.add(para.build(kind == null ? Paragraph.Kind.TEXT : kind));
    }
  }

  private static Paragraph.Kind kindOf(Element e) {
    return switch (e.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Paragraph.Kind.HEADING;
      case "li", "dt", "dd" -> Paragraph.Kind.ITEM;
      case "blockquote" -> Paragraph.Kind.QUOTE;
      case "pre" -> Paragraph.Kind.CODE;
      case "figcaption", "caption" -> Paragraph.Kind.CAPTION;
      case "figure" -> Paragraph.Kind.CAPTION;
      default -> Paragraph.Kind.TEXT;
    };
  }
}
