package org.tidings.extract;

import static org.tidings.extract.HtmlParser.attr;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads what a page says about itself: JSON-LD, OpenGraph and other meta tags, {@code <time>},
 * {@code <h1>}, {@code <title>}, bylines and the URL. Run before furniture is pruned. The page is
 * walked once ({@link PageScan}); every rule works on what that walk gathered.
 */
final class MetadataReader {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "and" opening the rest of a byline after a linked name: a second name follows. */
  private static final Pattern AND_NEXT = Pattern.compile("(?i)(?:and|&|und|et|y)\\s.*");

  private static final Pattern END_PUNCT = Pattern.compile("[:,]$");

  private static final Pattern NAME_SEPARATORS =
      Pattern.compile("\\s*(?:,|;|\\s+and\\s+|\\s+&\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+)\\s*");

  /** Separators left after a name cut from its byline ("Ann Lee -"). */
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s\\-–—|•·:,]+$");

  private static final Pattern LEAD_COLONS = Pattern.compile("^[\\s:]+");

  /** Elements after the headline within which a date or byline still belongs to it. */
  private static final int AFTER_HEADLINE = 150;

  /**
   * Elements after the headline within which a date line is still taken when none is nearer and the
   * metadata has none (a long lead, a hero image and a table of contents come first).
   */
  private static final int FAR_AFTER_HEADLINE = 300;

  /** Extra distance of a date shown as an update ("Updated on ..."). */
  private static final int UPDATE_PENALTY = 100;

  /** Elements before the headline within which a date or byline still belongs to it. */
  private static final int BEFORE_HEADLINE = 40;

  /** Quotation marks around a whole name ("\"David Kim\""). */
  private static final Pattern QUOTES = Pattern.compile("^[\"“”'‘’«»]+|[\"“”'‘’«»]+$");

  private static final String QUOTE_CHARS = "\"“”'‘’«»";

  /** "by" as a word inside a byline, after a date printed before it. */
  private static final Pattern BY_WORD =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:written |posted |published )?by:?\\s+");

  /** A first word or number of a byline, dropped while it is part of a date. */
  private static final Pattern LEAD_TOKEN = Pattern.compile("([\\p{L}]+\\.?|[\\d/.,:\\-]+)[\\s,]*");

  /** Where the names of a byline end: a digit, or a separator before a date or a role. */
  private static final Pattern BYLINE_CUT = Pattern.compile("\\d|\\s[•|·»—–-]\\s|\\s[•|·»]");

  /** Labels left at the end of a byline cut before its date ("Ann Lee Published on"). */
  private static final Set<String> BYLINE_TAIL =
      Set.of(
          "on",
          "at",
          "published",
          "updated",
          "last",
          "posted",
          "sponsored",
          "date",
          "am",
          "pm",
          "-",
          "•",
          "|",
          "·",
          "le",
          "el",
          "il",
          "em",
          "op",
          "в",
          "de");

  /** Starts of class names and ids of page furniture that may hold dates, names or headings. */
  private static final List<String> FURNITURE_NAMES =
      List.of("comment", "related", "sidebar", "footer", "recommend", "widget", "popular");

  private final DateFinder dates;
  private final MetadataRules rules;
  private final TitleCleaner titles;

  /**
   * The first two chars a byline word may start with, both ASCII in either case, at {@code 128 *
   * first + second} (all true, if a word is shorter than two chars).
   */
  private final boolean[] bylineStarts = new boolean[128 * 128];

  MetadataReader(DateFinder dates) {
    this(dates, MetadataRules.standard());
  }

  MetadataReader(DateFinder dates, MetadataRules rules) {
    this.dates = dates;
    this.rules = rules;
    this.titles = TitleCleaner.standard(rules.genericTitles());
    for (String p : rules.bylinePrefixes()) {
      if (p.length() < 2) {
        java.util.Arrays.fill(bylineStarts, true);
      } else if (p.charAt(0) < 0x80 && p.charAt(1) < 0x80) {
        for (char a : new char[] {p.charAt(0), Character.toUpperCase(p.charAt(0))}) {
          for (char b : new char[] {p.charAt(1), Character.toUpperCase(p.charAt(1))}) {
            bylineStarts[128 * a + b] = true; // the line is lowered only to compare
          }
        }
      }
    }
  }

  /** What the head says, the body not yet pruned. */
  record Head(
      String title,
      Optional<LocalDate> published,
      List<String> authors,
      String siteName,
      String canonicalUrl,
      String language,
      String articleBody) {}

  Head read(Document doc, String url) {
    PageScan scan = PageScan.of(doc);
    Map<String, String> metas = metas(scan);
    JsonLd ld = JsonLd.read(scan.jsonLd);
    String siteName =
        clean(first(meta(metas, "og:site_name"), ld.publisher, meta(metas, "application-name")));
    String canonical =
        first(
            scan.canonical == null ? "" : scan.canonical.attr("href").trim(),
            meta(metas, "og:url"),
            url);
    URI address = TitleCleaner.uri(canonical); // parsed once for the title's and authors' rules
    TitleCleaner.Choice title =
        titles.choose(
            scan,
            siteName,
            address,
            clean(first(meta(metas, "og:title"), meta(metas, "twitter:title"))),
            clean(ld.headline),
            clean(scan.title));
    int headlineAt = title.h1At() >= 0 ? title.h1At() : firstH1(scan);
    DateFinder pageDates = dates.forLocale(locale(scan, metas));
    Optional<LocalDate> published =
        published(pageDates, scan, metas, ld, url, canonical, headlineAt);
    List<String> authors = authors(scan, metas, ld, headlineAt, siteName, address);
    String language = language(scan, metas, ld);
    return new Head(
        title.title(), published, authors, siteName, canonical, language, ld.articleBody);
  }

  private static int firstH1(PageScan scan) {
    for (PageScan.Hit<Element> h : scan.h1s) {
      if (!insideFurniture(h.node())) {
        return h.at();
      }
    }
    return -1;
  }

  // ---- date ----------------------------------------------------------------------------------

  /**
   * The publication date: the metadata's (JSON-LD, meta tags, schema.org properties), else the
   * URL's, else the date printed nearest the headline (a {@code <time>} or a short date line), else
   * the metadata's last-modified date. (On WCXB a shown date that differs from the meta tags'
   * publication date is as often an update as the gold date, so the meta tags win; a JSON-LD date
   * alone yields to the shown date. A metadata date one day off the URL's yields to the URL's: the
   * same moment in UTC, the publisher's day in its URL.)
   */
  private Optional<LocalDate> published(
      DateFinder dates,
      PageScan scan,
      Map<String, String> metas,
      JsonLd ld,
      String url,
      String canonical,
      int headlineAt) {
    Optional<LocalDate> fromLd = dates.fromMetadata(ld.published);
    Stamp stamp = taggedPublished(dates, scan, metas);
    Optional<LocalDate> fromTags = stamp == null ? Optional.empty() : Optional.of(stamp.date());
    if (fromLd.isPresent() && (fromTags.isEmpty() || !dates.isMachineDate(ld.published))) {
      // A JSON-LD date that no meta tag confirms, or one written in words ("Jun 24, 2025"), is
      // often a plugin's or template's record date; a date printed by the headline is then the
      // better witness (WCXB: 21 of 26 such pages).
      Optional<LocalDate> shown = shownDate(dates, scan, headlineAt, AFTER_HEADLINE);
      if (shown.isPresent() && !swapped(shown.get(), fromLd.get())) {
        return shown;
      }
    }
    Optional<LocalDate> tagged = fromLd.isPresent() ? fromLd : fromTags;
    if (tagged.isPresent()
        && !DateFinder.isUtcTime(fromLd.isPresent() ? ld.published : stamp.written())) {
      return tagged;
    }
    Optional<LocalDate> inUrl = dates.fromUrl(url).or(() -> dates.fromUrl(canonical));
    if (tagged.isPresent()) {
      // A time in UTC a day off the URL's date is the same moment on the publisher's calendar
      // day, which its URL gives ("2019-11-20T01:50Z" for a Los Angeles story of the 19th).
      boolean dayOff =
          inUrl.isPresent() && Math.abs(inUrl.get().toEpochDay() - tagged.get().toEpochDay()) == 1;
      return dayOff ? inUrl : tagged;
    }
    if (inUrl.isPresent()) {
      return inUrl;
    }
    Optional<LocalDate> shown = shownDate(dates, scan, headlineAt, AFTER_HEADLINE);
    if (shown.isEmpty() && headlineAt >= 0) {
      shown = shownDate(dates, scan, headlineAt, FAR_AFTER_HEADLINE);
    }
    if (shown.isPresent()) {
      return shown;
    }
    Optional<LocalDate> d = dates.fromMetadata(ld.modified);
    for (int i = 0; d.isEmpty() && i < rules.modifiedMeta().size(); i++) {
      d = dates.fromMetadata(meta(metas, rules.modifiedMeta().get(i)));
    }
    return d;
  }

  /** True when two dates are one numeric date read day-first and month-first (9.10 and 10.9). */
  static boolean swapped(LocalDate a, LocalDate b) {
    return a.getYear() == b.getYear()
        && a.getMonthValue() == b.getDayOfMonth()
        && a.getDayOfMonth() == b.getMonthValue();
  }

  /** A date as written in the markup, and the day it reads as. */
  private record Stamp(String written, LocalDate date) {}

  /**
   * The publication date in meta tags or schema.org properties of the markup: the first value that
   * reads as a date, or null.
   */
  private Stamp taggedPublished(DateFinder dates, PageScan scan, Map<String, String> metas) {
    for (String name : rules.publishedMeta()) {
      String v = meta(metas, name);
      Optional<LocalDate> d = dates.fromMetadata(v);
      if (d.isPresent()) {
        return new Stamp(v, d.get());
      }
    }
    for (PageScan.Hit<Element> h : scan.itemprops) {
      String p = attr(h.node(), "itemprop");
      if (p.equalsIgnoreCase("datePublished") || p.equalsIgnoreCase("dateCreated")) {
        String v = value(h.node());
        Optional<LocalDate> d = dates.fromMetadata(v);
        if (d.isPresent()) {
          return new Stamp(v, d.get());
        }
      }
    }
    return null;
  }

  /**
   * The date printed nearest the headline ({@code <time>} elements and short date lines outside
   * furniture): within {@link #AFTER_HEADLINE} elements after the {@code <h1>} or {@link
   * #BEFORE_HEADLINE} before it; on a page without a headline, the first in document order. Of
   * dates as near, the first found (times before lines); of a page with very many, only the first
   * 13 times and 25 lines count.
   */
  private Optional<LocalDate> shownDate(
      DateFinder dates, PageScan scan, int headlineAt, int after) {
    ShownDate best = new ShownDate(dates, headlineAt, after);
    for (PageScan.Hit<Element> h : scan.times) {
      best.time(h.node(), h.at());
    }
    if (headlineAt < 0) {
      scan.shortTexts(Integer.MIN_VALUE, Integer.MAX_VALUE, best::text);
    } else {
      scan.shortTexts(headlineAt - BEFORE_HEADLINE, headlineAt + after, best::text);
    }
    return best.date();
  }

  /**
   * The nearest date of {@link #shownDate} as it is found: ranked as they come, keeping the first
   * of the lowest rank (what a stable sort would put first). A line's rank is at least its distance
   * from the headline, which only grows below it: once that passes the best rank, no later line can
   * win, and the walk stops there.
   */
  private final class ShownDate {
    private final DateFinder dates;
    private final int headlineAt;
    private final int after;
    private int found;
    private long bestRank = Long.MAX_VALUE;
    private LocalDate best;

    ShownDate(DateFinder dates, int headlineAt, int after) {
      this.dates = dates;
      this.headlineAt = headlineAt;
      this.after = after;
    }

    void time(Element time, int at) {
      if (tooFar(at, headlineAt, after) || found > 12) {
        return;
      }
      Optional<LocalDate> d = timeDate(dates, time);
      String line = line(time);
      if (d.isPresent() && !insideFurniture(time) && !rules.isOtherDateLine(line)) {
        add(rank(at, headlineAt, line), d.get());
      }
    }

    /** Takes a short text line at {@code at}; false when no later line can win. */
    boolean text(TextNode t, int at) {
      if ((headlineAt < 0 || at >= headlineAt) && distance(at, headlineAt) > bestRank) {
        return false; // later lines are further away still
      }
      if (tooFar(at, headlineAt, after) || found > 24) {
        return true;
      }
      String line = t.getWholeText().strip();
      Optional<LocalDate> d = line.length() > 80 ? Optional.empty() : dates.ofDateLine(line);
      if (d.isPresent()
          && t.parentNode() instanceof Element p
          && !insideFurniture(p)
          && !rules.isOtherDateLine(shortOr(p.text(), line))) {
        add(rank(at, headlineAt, line), d.get());
      }
      return true;
    }

    private void add(long rank, LocalDate date) {
      found++;
      if (rank < bestRank) {
        bestRank = rank;
        best = date;
      }
    }

    Optional<LocalDate> date() {
      return Optional.ofNullable(best);
    }
  }

  /**
   * The day of a {@code <time>}: its {@code datetime}, unless that is in UTC and the text shows a
   * full date a day off it, the day where the page was written ("2024-04-17T21:13Z" shown as "April
   * 18, 2024").
   */
  private static Optional<LocalDate> timeDate(DateFinder dates, Element time) {
    String attr = attr(time, "datetime");
    Optional<LocalDate> d = dates.fromMetadata(attr);
    if (d.isEmpty()) {
      return dates.fromText(time.text());
    }
    if (attr.endsWith("Z") || attr.endsWith("+00:00")) {
      Optional<LocalDate> shown = dates.fromText(time.text());
      if (shown.isPresent() && Math.abs(shown.get().toEpochDay() - d.get().toEpochDay()) == 1) {
        return shown;
      }
    }
    return d;
  }

  /** The text of an element's parent when short (a label and its date), else its own. */
  private static String line(Element e) {
    Element p = e.parent();
    if (p == null) {
      return e.text();
    }
    String text = p.text(); // made once: the text of a parent may be long
    return text.length() <= 80 ? text : e.text();
  }

  /** A line's text when short (80 chars at most), else {@code other}. */
  private static String shortOr(String text, String other) {
    return text.length() <= 80 ? text : other;
  }

  /**
   * Nearest the headline first; a date called an update counts as {@link #UPDATE_PENALTY} elements
   * further away, so a publication date beside it wins but a list of other articles' dates further
   * down does not.
   */
  private long rank(int at, int headlineAt, String line) {
    long d = distance(at, headlineAt);
    return rules.isUpdateLine(line) ? d + UPDATE_PENALTY : d;
  }

  /** Elements between a hit and the headline; a hit just before it counts a little more. */
  private static long distance(int at, int headlineAt) {
    if (headlineAt < 0) {
      return at;
    }
    return at >= headlineAt ? at - headlineAt : 2L * (headlineAt - at);
  }

  private static boolean tooFar(int at, int headlineAt) {
    return tooFar(at, headlineAt, AFTER_HEADLINE);
  }

  private static boolean tooFar(int at, int headlineAt, int after) {
    if (headlineAt < 0) {
      return false;
    }
    return at > headlineAt ? at - headlineAt > after : headlineAt - at > BEFORE_HEADLINE;
  }

  private static String value(Element e) {
    return firstNonEmpty(attr(e, "content"), attr(e, "datetime"), e.text());
  }

  /**
   * True inside a nav, a footer or aside outside an {@code <article>}, or inside an element whose
   * class or id starts with a furniture word (comments, related, sidebar...). Class names that
   * merely mention such a word ("has-sidebar", "template-sidebar") describe a layout, not
   * furniture.
   */
  static boolean insideFurniture(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      switch (a.normalName()) { // one hash lookup per ancestor, not four comparisons
        case "nav":
          return true;
        case "footer", "aside":
          if (!insideArticle(a)) {
            return true; // an article's own footer or aside holds its date and byline
          }
          break;
        case "body":
          return false;
        default:
          break;
      }
      if (furnitureName(attr(a, "id")) || furnitureClass(attr(a, "class").trim())) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideArticle(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("article")) {
        return true;
      }
    }
    return false;
  }

  private static boolean furnitureClass(String classes) {
    int n = classes.length();
    for (int i = 0; i < n; i++) { // each class name between white space, without a regex split
      if (isSpace(classes.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < n && !isSpace(classes.charAt(end))) {
        end++;
      }
      if (furnitureName(classes, i, end)) {
        return true;
      }
      i = end;
    }
    return false;
  }

  private static boolean furnitureName(String name) {
    return furnitureName(name, 0, name.length());
  }

  /**
   * Whether the name in [from, to) of {@code s} starts with a furniture word in any case: an ASCII
   * name is compared in place, another lower-cased first (as a whole, as before).
   */
  static boolean furnitureName(String s, int from, int to) {
    if (from >= to || !mayStartFurniture(s.charAt(from))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return lowerFurnitureName(s.substring(from, to));
      }
    }
    for (String w : FURNITURE_NAMES) {
      if (w.length() <= to - from && s.regionMatches(true, from, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean lowerFurnitureName(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    for (String w : FURNITURE_NAMES) {
      if (k.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * False when a name's first char cannot lower-case to the first letter of a furniture word: an
   * ASCII char other than c, r, s, f, w, p in either case. (Other chars are left to the full test.)
   */
  private static boolean mayStartFurniture(char c) {
    if (c >= 0x80) {
      return true;
    }
    char k = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    return k == 'c' || k == 'r' || k == 's' || k == 'f' || k == 'w' || k == 'p';
  }

  // ---- authors -------------------------------------------------------------------------------

  /**
   * The page's authors: the metadata's, else those its markup or bylines name. A site that signs
   * its own pages in the metadata ("Cleveland Clinic") yields to a person a byline by the headline
   * names; with none, the site stays the author.
   *
   * @param siteName the site's name
   * @param address the page's canonical URL, parsed (null when it is no URI)
   */
  private List<String> authors(
      PageScan scan,
      Map<String, String> metas,
      JsonLd ld,
      int headlineAt,
      String siteName,
      URI address) {
    Set<String> out = new LinkedHashSet<>();
    // Names are kept even when they are the site's own: an organisation can sign its pages.
    for (String a : ld.authors()) {
      addAuthor(out, a);
    }
    if (out.isEmpty()) {
      for (String name : rules.authorMeta()) {
        String v = meta(metas, name);
        if (!v.isEmpty() && !v.startsWith("http") && !v.startsWith("@")) {
          for (String part : splitNames(v)) {
            addAuthor(out, part);
          }
          if (!out.isEmpty()) {
            break;
          }
        }
      }
    }
    if (out.isEmpty()) {
      for (PageScan.Hit<Element> h : scan.itemprops) {
        Element e = h.node();
        if (attr(e, "itemprop").equalsIgnoreCase("author") && !insideFurniture(e)) {
          Element name = firstItemName(e);
          String v = name != null ? value(name) : value(e);
          if (v.length() < 80) {
            addAuthor(out, v);
          }
          if (!out.isEmpty()) {
            break;
          }
        }
      }
    }
    // The site's name and its host's, for both tests below.
    List<String> sites =
        out.isEmpty() ? List.of() : List.of(siteName, TitleCleaner.hostName(address));
    if (!out.isEmpty() && signedBySite(out, sites)) {
      Set<String> people = new LinkedHashSet<>();
      bylines(scan, headlineAt, AFTER_HEADLINE, 80, people);
      if (people.isEmpty()) {
        textBylines(scan, headlineAt, people);
      }
      if (!people.isEmpty() && !signedBySite(people, sites)) {
        out = people;
      }
    }
    if (out.isEmpty()) {
      bylines(scan, headlineAt, AFTER_HEADLINE, 80, out);
    }
    if (out.isEmpty()) {
      textBylines(scan, headlineAt, out);
    }
    if (out.isEmpty() && headlineAt >= 0) {
      bylines(scan, headlineAt, FAR_AFTER_HEADLINE, 40, out); // a bare name further down
    }
    return List.copyOf(out);
  }

  /**
   * Adds the names of the first byline element within {@code after} elements below the headline (or
   * a little above it) whose names are shorter than {@code maxLength}. A byline naming the site
   * ("By Hardtail Canada") is kept.
   */
  private void bylines(PageScan scan, int headlineAt, int after, int maxLength, Set<String> out) {
    List<PageScan.Hit<Element>> nodes = scan.authorNodes;
    for (int k = 0; k < nodes.size(); k++) {
      PageScan.Hit<Element> h = nodes.get(k);
      Element e = h.node();
      if (tooFar(h.at(), headlineAt, after) || insideFurniture(e)) {
        continue;
      }
      String v = e.hasAttr("data-author") ? e.attr("data-author") : nestedName(nodes, k);
      if (v == null) {
        v = bylineText(e);
      }
      if (v.length() < maxLength) {
        for (String part : splitNames(v)) {
          addAuthor(out, part);
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
  }

  /**
   * What {@code e.selectFirst("[itemprop=name]")} gives, found by a walk without a query parse: the
   * first element at or under {@code e} whose trimmed itemprop is "name" in any case.
   */
  static Element firstItemName(Element e) {
    return NodeWalk.first(e, MetadataReader::isItemName);
  }

  private static boolean isItemName(Element e) {
    return HtmlParser.mayHave(e, HtmlParser.ITEMPROP)
        && e.hasAttr("itemprop")
        && "name".equalsIgnoreCase(e.attr("itemprop").trim());
  }

  /**
   * True when every name is the site's: its name, or its host's ("Paycom" on paycom.com).
   *
   * @param sites the site's name and its host's
   */
  private boolean signedBySite(Set<String> names, List<String> sites) {
    return titles.allSite(names, sites);
  }

  /**
   * The text of an author node inside the {@code k}-th that opens the outer one's text and says
   * less: the name in a byline box that goes on with a role or a date ({@code <span
   * class=author__name>Ann Lee</span><span class=author__role>Founder</span>}); else null.
   */
  private String nestedName(List<PageScan.Hit<Element>> nodes, int k) {
    Element outer = nodes.get(k).node();
    String text = clean(outer.text());
    for (int j = k + 1; j < nodes.size() && j <= k + 8; j++) {
      Element inner = nodes.get(j).node();
      if (!inside(inner, outer)) {
        return null;
      }
      String t = clean(inner.text());
      if (!t.isEmpty()
          && t.length() < text.length()
          && text.startsWith(t)
          && words(t) <= 5
          && !PageScan.hasDigit(t)
          && !rules.bylinePrefixes().contains(lower(t))) {
        return TRAILING_SEPARATORS.matcher(bylineText(inner)).replaceAll("");
      }
    }
    return null;
  }

  private static boolean inside(Element e, Element ancestor) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the names of the first line by the headline that opens with a byline word and has no
   * markup calling it one ({@code <p>By <a>Ann Lee</a></p>}, or {@code <p>Written by</p>} and the
   * name in the next element): walked in document order from the headline's grandparent, so that a
   * byline just above the headline in the same header counts, for {@link #AFTER_HEADLINE} elements.
   */
  private void textBylines(PageScan scan, int headlineAt, Set<String> out) {
    Element h1 = null;
    for (PageScan.Hit<Element> h : scan.h1s) {
      if (h.at() == headlineAt) {
        h1 = h.node();
      }
    }
    if (h1 == null) {
      return;
    }
    Node start = h1;
    for (int i = 0;
        i < 2 && start.parent() != null && !start.parent().normalName().equals("body");
        i++) {
      start = start.parent();
    }
    int elements = 0;
    for (Node n = start; n != null && elements < AFTER_HEADLINE; n = nextInOrder(n)) {
      if (n instanceof Element) {
        elements++;
        continue;
      }
      if (!(n instanceof TextNode t) || !(t.parentNode() instanceof Element p)) {
        continue;
      }
      int opening = shownStart(t.getWholeText());
      if (opening < 0 || opening < bylineStarts.length && !bylineStarts[opening]) {
        continue; // empty, or no byline word starts with its first two chars: spare its text
      }
      String s = t.text().strip();
      if (s.isEmpty() || s.length() > 100 || !startsWithByline(s)) {
        continue;
      }
      String line = clean(p.text());
      if (line.length() > 100 || insideFurniture(p)) {
        continue;
      }
      String v;
      if (rules.bylinePrefixes().contains(lower(line))) {
        Element next = p.nextElementSibling(); // "Written by" as a label, the name next
        if (next == null) {
          continue;
        }
        v = withoutDates(clean(next.text()));
      } else {
        v = bylineText(p); // also "03/01/2017 by Ann Lee": a date, then the byline
        if (v.equals(line)) {
          continue;
        }
      }
      List<String> names = splitNames(v);
      if (v.length() < 80 && !PageScan.hasDigit(v) && allNameLike(names)) {
        for (String part : names) {
          addAuthor(out, part);
        }
      }
      if (!out.isEmpty()) {
        return;
      }
    }
  }

  /**
   * The first char of {@code t.text().strip()} for a text node's whole text, found without building
   * that text (jsoup's whitespace normalising drops invisible chars and makes white space one
   * space, strip drops leading white space); -1 when that text is empty.
   */
  static int firstShownChar(String raw) {
    int i = firstShown(raw);
    return i < 0 ? -1 : raw.charAt(i);
  }

  /** Index of the first char of {@link #firstShownChar}, or -1. */
  private static int firstShown(String raw) {
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      if (!StringUtil.isActuallyWhitespace(cp)
          && !StringUtil.isInvisibleChar(cp)
          && !Character.isWhitespace(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * The first two chars of {@code t.text().strip()} for a text node's whole text, as {@code 128 *
   * first + second} when both are ASCII (second 0 when there is none), found without building that
   * text; {@link Integer#MAX_VALUE} when one is not ASCII; -1 when the text is empty.
   */
  static int shownStart(String raw) {
    int i = firstShown(raw);
    if (i < 0) {
      return -1;
    }
    char first = raw.charAt(i);
    if (first >= 0x80) {
      return Integer.MAX_VALUE;
    }
    for (int k = i + 1; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (StringUtil.isInvisibleChar(c)) {
        continue; // dropped by the normalising
      }
      if (StringUtil.isActuallyWhitespace(c)) {
        return 128 * first + ' ';
      }
      return c < 0x80 ? 128 * first + c : Integer.MAX_VALUE;
    }
    return 128 * first;
  }

  /**
   * True for a name as bylines print it: one word ("ibby"), or words of which the first is
   * capitalised ("Ann Lee", "The Upwork Team"), not a clause ("batching, we can have better").
   */
  static boolean nameLike(String name) {
    String n = name.strip();
    return !n.isEmpty() && (words(n) == 1 || !Character.isLowerCase(n.charAt(0)));
  }

  /** True when every name is {@link #nameLike} (a loop: a stream cost more than the test). */
  static boolean allNameLike(List<String> names) {
    for (String n : names) {
      if (!nameLike(n)) {
        return false;
      }
    }
    return true;
  }

  /** True when a line opens with a byline word followed by a space, a colon or nothing. */
  private boolean startsWithByline(String s) {
    String head = s.length() > 32 ? s.substring(0, 32) : s;
    return Character.isLetter(s.charAt(0)) && bylineWordEnd(head, true, false) > 0;
  }

  /** The node after {@code n} in document order: its first child, else the next sibling up. */
  private static Node nextInOrder(Node n) {
    if (n.childNodeSize() > 0) {
      return n.childNode(0);
    }
    for (Node a = n; a != null; a = a.parentNode()) {
      Node next = a.nextSibling();
      if (next != null) {
        return next;
      }
    }
    return null;
  }

  /**
   * The first link with text at or under {@code e}, in document order (an avatar's link comes
   * before the name's): what {@code e.select("a[href]")} lists first with text, for a tree whose
   * links keep no href value.
   */
  static Element firstNamedLink(Element e) {
    return NodeWalk.first(e, MetadataReader::isNamedLink);
  }

  private static boolean isNamedLink(Element e) {
    return e.nameIs("a") && HtmlParser.hasHref(e) && !e.text().isBlank();
  }

  /**
   * The names in a byline element: its first link when the line opens with it ("By <a>Ann Lee</a>,
   * Senior Editor"), else its text without the dates, reading times and labels printed around the
   * names ("Dec 17, 2025 Ann Lee", "Ann Lee • March 2, 2026 · 7 min read").
   */
  private String bylineText(Element e) {
    String text = clean(e.text());
    if (text.length() > 120) {
      return text; // a paragraph, not a byline
    }
    String rest = stripByline(text);
    Element link = firstNamedLink(e);
    if (link != null) {
      String name = clean(link.text());
      if (name.length() >= 2
          && words(name) <= 5
          && !PageScan.hasDigit(name)
          && rest.startsWith(name)
          && rest.length() > name.length()
          && !Character.isLetter(rest.charAt(name.length()))) {
        String tail = rest.substring(name.length()).strip();
        if (!AND_NEXT.matcher(tail).matches()) {
          return name; // a name linked to its author page, then a role or a date
        }
      }
    }
    return withoutDates(text);
  }

  /** A byline without the dates and labels around its names. */
  String withoutDates(String line) {
    String s = line;
    // A date first, the name after its "by": "03/10/2023 by WSET Global", "Mar 6 Written By X".
    Matcher by = BY_WORD.matcher(s);
    if (by.find() && by.start() > 0 && PageScan.hasDigit(s.substring(0, by.start()))) {
      s = s.substring(by.end());
    }
    s = stripByline(s.strip());
    // Leading date tokens: "Dec 17, 2025Julian K. Arni".
    for (Matcher m = LEAD_TOKEN.matcher(s); m.lookingAt(); m = LEAD_TOKEN.matcher(s)) {
      String t = m.group(1);
      boolean monthThenDay =
          dates.isMonth(t) && m.end() < s.length() && Character.isDigit(s.charAt(m.end()));
      if (!PageScan.hasDigit(t) && !monthThenDay) {
        break; // "April Fulton" is a name, "April 3" a date
      }
      s = s.substring(m.end());
    }
    // Everything from the first digit or separator on: "Ann Lee • March 2, 2026".
    Matcher cut = BYLINE_CUT.matcher(s);
    if (!cut.find() || cut.start() == 0) {
      return s.strip();
    }
    boolean beforeDay = Character.isDigit(s.charAt(cut.start()));
    s = s.substring(0, cut.start());
    // Labels, and the month of a day cut off, left before the cut: "Ann Lee Published on July".
    String[] w = SPACES.split(s.strip());
    int n = w.length;
    while (n > 1 && (BYLINE_TAIL.contains(lower(w[n - 1])) || beforeDay && isMonthAt(w, n))) {
      n--;
    }
    return String.join(" ", java.util.Arrays.asList(w).subList(0, n)).strip();
  }

  /** True when the last of the first {@code n} words names a month right before the day. */
  private boolean isMonthAt(String[] words, int n) {
    return n == words.length && dates.isMonth(words[n - 1]);
  }

  private static String lower(String s) {
    return END_PUNCT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static List<String> splitNames(String v) {
    return List.of(NAME_SEPARATORS.split(v));
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void addAuthor(Set<String> out, String raw) {
    String a = withoutQuotes(stripByline(clean(raw))).strip();
    if (a.length() >= 2
        && a.length() <= 80
        && !a.contains("http")
        && !a.contains("@")
        && words(a) <= 8
        && hasLetter(a)
        && !rules.bylinePrefixes().contains(a.toLowerCase(Locale.ROOT).replace(":", "").strip())) {
      out.add(a);
    }
  }

  /** A name without {@link #QUOTES}; the pattern runs only when an end char may be one. */
  private static String withoutQuotes(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if (QUOTE_CHARS.indexOf(first) < 0
        && QUOTE_CHARS.indexOf(last) < 0
        && last != '\n'
        && last != '\r'
        && last != '\u0085'
        && last != '\u2028'
        && last != '\u2029') {
      return s; // no quote at either end, nor a line end before which one may stand
    }
    return QUOTES.matcher(s).replaceAll("");
  }

  /**
   * True when a byline word written in lower case runs into a capitalised name, two elements' texts
   * joined without a space ("Written byAAA Travel Editor").
   */
  private static boolean glued(String s, int at) {
    return Character.isLowerCase(s.charAt(at - 1)) && Character.isUpperCase(s.charAt(at));
  }

  /** Drops a leading "By", "Posted by:" and the like. */
  String stripByline(String s) {
    int end = bylineWordEnd(s, false, true);
    return end < 0 ? s : LEAD_COLONS.matcher(s.substring(end)).replaceFirst("").trim();
  }

  /**
   * Where the byline word that {@code s} opens with ends ("By", "Posted by"), when a space or a
   * colon follows it, or nothing ({@code alone}), or a name run into it ({@code glued}); else -1.
   */
  private int bylineWordEnd(String s, boolean alone, boolean glued) {
    if (s.length() >= 2
        && s.charAt(0) < 0x80
        && s.charAt(1) < 0x80
        && !bylineStarts[128 * s.charAt(0) + s.charAt(1)]) {
      return -1; // no byline word opens with these two ASCII chars (lower-cased, still ASCII)
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String p : rules.bylinePrefixes()) {
      if (!lower.startsWith(p)) {
        continue;
      }
      int at = p.length();
      if (at == lower.length()
          ? alone
          : lower.charAt(at) == ' ' || lower.charAt(at) == ':' || glued && glued(s, at)) {
        return at;
      }
    }
    return -1;
  }

  // ---- language ------------------------------------------------------------------------------

  /** The page's language tag with its region when it states one: "en-US", "en_GB", "de". */
  private static String locale(PageScan scan, Map<String, String> metas) {
    String lang = scan.html == null ? "" : scan.html.attr("lang").trim();
    String og = meta(metas, "og:locale");
    if (!og.isEmpty() && (lang.isEmpty() || lang.length() == 2 && og.startsWith(lang))) {
      return og; // "en" in the markup, "en_GB" in the OpenGraph tags
    }
    return lang;
  }

  private static String language(PageScan scan, Map<String, String> metas, JsonLd ld) {
    Element html = scan.html;
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang");
    }
    if (lang.isEmpty()) {
      lang =
          firstNonEmpty(
              meta(metas, "content-language"),
              meta(metas, "og:locale"),
              meta(metas, "language"),
              ld.language);
    }
    return LanguageDetector.code(lang);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * Meta tag contents by lower-case property, name, itemprop or http-equiv; the first one of a key
   * wins.
   */
  private static Map<String, String> metas(PageScan scan) {
    // Sized for a key a tag (most have one): no rehashing while it fills.
    Map<String, String> out = new HashMap<>(2 * scan.metas.size());
    for (Element m : scan.metas) {
      String c = attr(m, "content").trim();
      if (c.isEmpty()) {
        continue;
      }
      Attributes a = m.attributes(); // it has a content
      for (String key : META_KEYS) {
        String k = a.get(key);
        if (!k.isEmpty()) {
          out.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return out;
  }

  /** The attributes that name a meta tag's content, in the order they are read. */
  private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

  private static String meta(Map<String, String> metas, String key) {
    return metas.getOrDefault(key, "");
  }

  private static String first(String... values) {
    return firstNonEmpty(values);
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }

  static String clean(String s) {
    if (s == null) {
      return "";
    }
    String t = s.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
    return collapseSpaces(t).trim();
  }

  /**
   * What {@code SPACES.matcher(t.replace('\u00A0', ' ')).replaceAll(" ")} gives, in one pass: each
   * run of ASCII white space and no-break spaces becomes one space; a text with none but single
   * spaces is returned as it is.
   */
  private static String collapseSpaces(String t) {
    int n = t.length();
    int i = 0;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\u00A0'
          || isSpace(c) && (c != ' ' || i + 1 < n && isSpaceOrNbsp(t.charAt(i + 1)))) {
        break; // the first char to change
      }
    }
    if (i == n) {
      return t;
    }
    StringBuilder out = new StringBuilder(n).append(t, 0, i);
    boolean gap = false;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (isSpaceOrNbsp(c)) {
        if (!gap) {
          out.append(' ');
        }
        gap = true;
      } else {
        out.append(c);
        gap = false;
      }
    }
    return out.toString();
  }

  /** {@code \s} of a regex: ASCII white space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static boolean isSpaceOrNbsp(char c) {
    return isSpace(c) || c == '\u00A0';
  }

  /** Count of words between white space: {@code SPACES.split(s.trim()).length}, 0 when blank. */
  static int words(String s) {
    String t = s.trim();
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = isSpace(t.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
