package org.tidings.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline among its {@code <h1>}, OpenGraph title, JSON-LD headline and {@code
 * <title>}, and strips site names from titles ("Headline | Site", "Site - Headline").
 *
 * <p>In order: an {@code <h1>} that equals a part of a meta title wins (two sources agree); else
 * the best {@code <h1>} and the meta title are compared: equal, one a shortened or extended form of
 * the other (a heading that goes on after a colon is the fuller title, a meta title that adds a
 * tagline is not), else the one the URL's path spells out, else the heading when most of its words
 * are in the meta titles; on a page with four or more headings the meta title wins such a
 * disagreement, and a home page's "Site - Tagline" title is kept whole. Last, labels are dropped
 * ("View topic - ", "2024 - "). Measured on WCXB dev (1,358 pages, {@code
 * org.tidings.extract.TitleCheck} in tidings-eval): exact match 0.798 before session 4, 0.826
 * after, 0.832 after session 5; where heading and meta title differ the gold title takes either
 * about as often, so that choice stays near two in three.
 */
final class TitleCleaner {
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s+[|\\-–—:·•»/~]{1,2}\\s+|\\s*[|•·»｜丨]\\s*|\\s+[-–—]\\s*$");

  /** The marks of which every {@link #SEPARATORS} match holds one. */
  private static final String SEPARATOR_MARKS = "|-–—:·•»/~｜丨";

  /** The marks of the first alternative of {@link #SEPARATORS}, spaced on both sides. */
  private static final String SPACED_MARKS = "|-–—:·•»/~";

  /** The marks of its second alternative, spaces around them optional. */
  private static final String BARE_MARKS = "|•·»｜丨";

  /** The first char whose script is Han, Hiragana or Katakana (the CJK radicals). */
  private static final char FIRST_CJK = '\u2E80';

  /** The dashes of its third, ending a title. */
  private static final String DASHES = "-–—";

  /**
   * Count of {@code <h1>} from which a page uses them as a style, not as its headline: a heading
   * that disagrees with the meta title then yields to it.
   */
  private static final int MANY_HEADINGS = 4;

  /** A spaced dash between a site's name and its tagline. */
  private static final Pattern BRAND_DASH = Pattern.compile(" [-–—] ");

  /**
   * Separators that end a headline rather than join its halves: a pipe, a chevron, a full-width
   * pipe (printed without spaces in Chinese and Japanese titles).
   */
  private static final Pattern PART_BREAK = Pattern.compile(" [|»] |\\s*[｜丨]\\s*");

  /** As {@link #PART_BREAK}, and a slash in a title that prints it twice, as a trail does. */
  private static final Pattern TRAIL_BREAK = Pattern.compile(" [|»/] |\\s*[｜丨]\\s*");

  /** How much more of one title's words than of the other's the URL must spell out to decide. */
  private static final double SLUG_MARGIN = 0.4;

  /** One word, a spaced dash and the rest of a title. */
  private static final Pattern LABEL = Pattern.compile("(\\S+) [-–—] (.+)");

  /** What ends a label before a title: a colon or a spaced dash. */
  private static final Pattern LABEL_END = Pattern.compile("\\s*:\\s*|\\s+[-–—|•]\\s+");

  /** A year of this century or the last. */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /** A running number or a year as a label: "15", "#3", "2025-26". */
  private static final Pattern NUMBER = Pattern.compile("#?\\d[\\d.,/-]*");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Separators left at either end of a title ("/ CREATIVE AGENCY PORTFOLIO", "Title |"). */
  private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s/|»·•:–—-]+|[\\s/|»·•:–—-]+$");

  /** The marks of {@link #EDGE_MARKS} but white space. */
  private static final String EDGE_MARK_CHARS = "/|»·•:–—-";

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Set<String> genericTitles;
  private final Set<String> siteWords;
  private final List<String> labels;

  /**
   * @param genericTitles headings that name a site section, not a page ("blog", "news")
   * @param siteWords words a site's name may carry beside it in a title part ("Ansible
   *     Documentation", "InfoQ Homepage"), lower case
   * @param labels what forum software prints before a thread's title ("View topic - "), lower case
   */
  TitleCleaner(Set<String> genericTitles, Set<String> siteWords, List<String> labels) {
    this.genericTitles = Set.copyOf(genericTitles);
    this.siteWords = Set.copyOf(siteWords);
    this.labels = List.copyOf(labels);
    for (String label : this.labels) {
      if (label.isEmpty()) {
        Arrays.fill(labelStarts, true); // opens every title
      } else if (label.charAt(0) < 0x80) {
        labelStarts[label.charAt(0)] = true; // (one opening otherwise opens no ASCII title)
      }
    }
  }

  /**
   * By an ASCII char: whether a label opens with it (labels are lower case). A title opening with
   * one lower-cases to a text opening with an ASCII char, so only these labels may open it.
   */
  private final boolean[] labelStarts = new boolean[128];

  /**
   * The bundled word lists: the given generic titles, {@code title-site-words.txt} and {@code
   * title-labels.txt}.
   */
  static TitleCleaner standard(Set<String> genericTitles) {
    return new TitleCleaner(
        genericTitles,
        Set.copyOf(MetadataRules.lines("title-site-words.txt")),
        MetadataRules.lines("title-labels.txt"));
  }

  /** The chosen title and the position of the {@code <h1>} it came from, or -1. */
  record Choice(String title, int h1At) {}

  /** An {@code <h1>}: its text without labels and anchor marks, position, and whether furniture. */
  private record Heading(String text, int at, boolean furniture) {}

  /**
   * The page's title.
   *
   * @param url the page's canonical URL, else its own, parsed ({@link #uri}; null when it is no
   *     URI): its host names the site, a bare host marks a home page
   */
  Choice choose(
      PageScan scan, String siteName, URI url, String og, String headline, String titleTag) {
    Choice c =
        candidate(scan, siteName, url, unmangled(og), unmangled(headline), unmangled(titleTag));
    String t = withoutEdgeMarks(c.title());
    return new Choice(withoutLabel(withoutPageLabel(t.isEmpty() ? c.title() : t)), c.h1At());
  }

  /**
   * A title without the {@link #EDGE_MARKS} at its ends; the pattern runs only when an end char is
   * one of them or a line terminator (before which {@code $} also matches).
   */
  private static String withoutEdgeMarks(String title) {
    if (title.isEmpty()) {
      return title;
    }
    char first = title.charAt(0);
    char last = title.charAt(title.length() - 1);
    if (!isEdgeMark(first)
        && !isEdgeMark(last)
        && last != '\u0085'
        && last != '\u2028'
        && last != '\u2029') {
      return title;
    }
    return EDGE_MARKS.matcher(title).replaceAll("");
  }

  private static boolean isEdgeMark(char c) {
    return isEdgeSpace(c) || EDGE_MARK_CHARS.indexOf(c) >= 0;
  }

  /** {@code \s} of a regex: ASCII white space. */
  static boolean isEdgeSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private Choice candidate(
      PageScan scan, String siteName, URI uri, String og, String headline, String titleTag) {
    boolean home = isHome(uri);
    Sites sites = new Sites(List.of(siteName, hostName(uri)));
    Sites known = sites.copy(); // the names known before the headings are read
    List<Heading> headings = new ArrayList<>(scan.h1s.size());
    // Each meta title split once, not once per heading and rule.
    String[] titleParts = split(titleTag);
    String[] ogParts = split(og);
    String[] headlineParts = split(headline);
    for (PageScan.Hit<Element> h : scan.h1s) {
      String t = unmangled(MetadataReader.clean(HeadingText.shown(h.node())));
      if (namesSiteIn(t, titleParts, known) || namesSiteIn(t, ogParts, known)) {
        sites.add(t); // "Headline - Site" with the site's name as the page's <h1> (a logo)
      }
      String text = HeadingText.withoutTrailingMarks(HeadingText.withoutLabel(h.node(), t));
      headings.add(new Heading(text, h.at(), MetadataReader.insideFurniture(h.node())));
    }
    // The site names are all known now: each meta title's part is found once.
    String ogPart = metaPart(og, ogParts, sites);
    String titlePart = metaPart(titleTag, titleParts, sites);
    String headlinePart = metaPart(headline, headlineParts, sites);
    String metaTitle =
        home
            ? first(brandFirst(titleTag, sites), ogPart, titlePart)
            : namingPage(sites, ogPart, titlePart);
    metaTitle = first(metaTitle, headlinePart);
    Choice agreed =
        agreed(
            headings,
            sites,
            new String[][] {ogParts, titleParts, headlineParts},
            new String[] {ogPart, titlePart, headlinePart});
    if (agreed != null) {
      return agreed;
    }
    String reference = loose(titleTag + " " + og + " " + headline);
    String h1 = "";
    int h1At = -1;
    double best = -1;
    for (Heading h : headings) {
      if (h.furniture() || !usable(h.text(), sites)) {
        continue;
      }
      double o = overlap(h.text(), reference);
      if (o > best) {
        best = o;
        h1 = h.text();
        h1At = h.at();
      }
    }
    if (h1.isEmpty()) {
      return new Choice(first(metaTitle, headline), -1);
    }
    h1 = firstPart(h1);
    if (metaTitle.isEmpty() || isSite(metaTitle, sites) && !home) {
      return new Choice(h1, h1At);
    }
    String hk = sites.loose(h1);
    String mk = sites.loose(metaTitle);
    if (hk.equals(mk)
        || hk.equals(sites.loose(titlePart))
        || hk.equals(sites.loose(headlinePart))) {
      return new Choice(h1, h1At); // the heading and a meta title agree
    }
    if (h1.endsWith("...") || h1.endsWith("…")) {
      return new Choice(metaTitle, h1At); // a shortened heading
    }
    if (mk.contains(hk)) {
      return new Choice(h1, h1At); // the rest of the title is the site's or a tagline
    }
    if (hk.contains(mk)) {
      return new Choice(continues(h1, mk) ? h1 : metaTitle, h1At);
    }
    // Heading and meta title disagree: the one whose words the URL's path spells out clearly
    // better names the page (WCXB dev: decided right 2 times in 3 where the two differ).
    if (headings.size() >= MANY_HEADINGS) {
      return new Choice(metaTitle, h1At); // <h1> as a style: the page names itself in its title
    }
    String slug = slugWords(uri);
    double sh = spelled(h1, slug);
    double sm = spelled(metaTitle, slug);
    if (Math.abs(sh - sm) >= SLUG_MARGIN && !slug.isEmpty()) {
      return new Choice(sh > sm ? h1 : metaTitle, h1At);
    }
    return new Choice(best >= 0.5 ? h1 : metaTitle, h1At);
  }

  /**
   * The first {@code <h1>} that is also a part of a meta title, not the site's name: two sources
   * agree. One outside the page's furniture wins; one inside it (a documentation page whose content
   * sits in a "sidebar-layout") is taken when no other agrees.
   */
  private Choice agreed(List<Heading> headings, Sites sites, String[][] metas, String[] metaParts) {
    Set<String> parts = new HashSet<>();
    for (int i = 0; i < metas.length; i++) {
      for (String p : metas[i]) {
        String k = sites.loose(p);
        if (!k.isEmpty() && !isSite(p, sites)) {
          parts.add(k);
        }
      }
      parts.add(sites.loose(metaParts[i]));
    }
    Choice inFurniture = null;
    for (Heading h : headings) {
      String t = firstPart(h.text());
      if (!usable(t, sites) || !parts.contains(sites.loose(t))) {
        continue;
      }
      if (!h.furniture()) {
        return new Choice(t, h.at());
      }
      if (inFurniture == null) {
        inFurniture = new Choice(t, h.at());
      }
    }
    return inFurniture;
  }

  /** True when a heading may be a page's title: not empty, not huge, no section or site name. */
  private boolean usable(String heading, Sites sites) {
    return !heading.isEmpty()
        && heading.length() <= 300
        && !genericTitles.contains(heading.toLowerCase(Locale.ROOT))
        && !isSite(heading, sites);
  }

  /**
   * True when a heading goes on where a (loose) meta title stops: the title is cut inside a word,
   * or the heading adds a subtitle after a colon or comma or goes on in lower case ("Machine
   * Learning Recruiters" and "... and Executive Search"). A heading that adds a dash and a tagline,
   * a date or a count ("... - Personally Tested") yields to the title.
   */
  static boolean continues(String heading, String looseTitle) {
    String hk = loose(heading);
    if (!hk.startsWith(looseTitle) || hk.length() == looseTitle.length()) {
      return false;
    }
    if (hk.charAt(looseTitle.length()) != ' ') {
      return true; // the title is cut inside a word
    }
    int words = looseTitle.split(" ").length;
    Matcher w = WORD.matcher(heading);
    int end = 0;
    for (int i = 0; i < words && w.find(); i++) {
      end = w.end();
    }
    String rest = heading.substring(end).strip();
    return !rest.isEmpty()
        && (rest.charAt(0) == ':'
            || rest.charAt(0) == ','
            || Character.isLowerCase(rest.charAt(0)));
  }

  /**
   * A title without a label forum software prints before it: "View topic - Title" gives "Title".
   */
  String withoutPageLabel(String title) {
    if (title.isEmpty()
        || title.charAt(0) < 0x80 && !labelStarts[HtmlParser.lowerAscii(title.charAt(0))]) {
      return title; // no label opens with its first char (lower-cased, still ASCII)
    }
    String lower = title.toLowerCase(Locale.ROOT);
    for (String label : labels) {
      if (lower.startsWith(label)) {
        Matcher m = LABEL_END.matcher(title).region(label.length(), title.length());
        if (m.lookingAt() && m.end() < title.length()) {
          return title.substring(m.end());
        }
      }
    }
    return title;
  }

  /**
   * A title without a one-word label before a dash that is a number or an abbreviation of the rest:
   * "2024 - Pros & Cons of Travel Agents", "GNW - Gaming News Weekly". A word that names a subject
   * ("Brexit - What Happens Next") stays.
   */
  static String withoutLabel(String title) {
    if (!hasSpacedDash(title)) {
      return title; // no match possible: spare the pattern
    }
    Matcher m = LABEL.matcher(title);
    if (!m.matches()) {
      return title;
    }
    String label = m.group(1);
    String rest = m.group(2);
    String[] words = rest.split("\\s+");
    if (words.length < 3) {
      return title;
    }
    if (NUMBER.matcher(label).matches()) {
      return rest; // a year or a running number
    }
    if (label.length() == words.length && label.equals(label.toUpperCase(Locale.ROOT))) {
      for (int i = 0; i < words.length; i++) {
        if (Character.toUpperCase(words[i].charAt(0)) != label.charAt(i)) {
          return title;
        }
      }
      return rest;
    }
    return title;
  }

  /**
   * True when a dash with a space on each side ({@code " [-–—] "}, as {@link #LABEL} needs) is in.
   */
  static boolean hasSpacedDash(String title) {
    for (int i = title.indexOf(' ');
        i >= 0 && i + 2 < title.length();
        i = title.indexOf(' ', i + 1)) {
      if (title.charAt(i + 2) == ' ' && DASHES.indexOf(title.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text whose UTF-8 bytes were once read as Latin-1, repaired ("Investorâ\u0080\u0099s" gives
   * "Investor’s") by {@link Mojibake}; else the text itself. The C1 control chars such a misreading
   * leaves are never text of their own, so only a text holding one, and no char beyond Latin-1, is
   * tried.
   */
  static String unmangled(String s) {
    boolean control = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return s; // not a Latin-1 reading
      }
      control |= c >= 0x80 && c <= 0x9F;
    }
    return control ? Mojibake.repaired(s) : s;
  }

  /** Drops site names before or after a separator: "Headline | Site" becomes "Headline". */
  String strip(String title, List<String> siteNames) {
    return strip(title, split(title), new Sites(siteNames));
  }

  /** As {@link #strip(String, List)}, given the title split at its separators. */
  private String strip(String title, String[] parts, Sites siteNames) {
    if (title.isEmpty()) {
      return title;
    }
    if (parts.length < 2) {
      return title;
    }
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank() && !isSite(p, siteNames)) {
        kept.add(p);
      }
    }
    if (kept.isEmpty()) {
      return title;
    }
    if (kept.size() == parts.length) {
      // No known site name: drop a short last part ("Headline - Reuters").
      String last = parts[parts.length - 1];
      if (wordCount(last) <= 3
          && wordCount(parts[0]) > wordCount(last)
          && !YEAR.matcher(last).find()) { // "Earbuds - March 2026" names no site
        kept.remove(kept.size() - 1);
      } else {
        return title;
      }
    }
    if (kept.size() == 1) {
      return kept.get(0).trim();
    }
    String firstKept = kept.get(0);
    String lastKept = kept.get(kept.size() - 1);
    int start = title.indexOf(firstKept);
    int end = title.lastIndexOf(lastKept) + lastKept.length();
    return start >= 0 && end > start ? title.substring(start, end).trim() : firstKept.trim();
  }

  /**
   * True when a heading is the last part of a title of several ("Headline - Site") whose first part
   * is no short name of its own ("Site - Tagline"): the site's name, printed as a heading by its
   * logo.
   */
  boolean namesSiteIn(String heading, String title, List<String> sites) {
    return namesSiteIn(heading, split(title), new Sites(sites));
  }

  /** As {@link #namesSiteIn(String, String, List)}, given the title split at its separators. */
  private boolean namesSiteIn(String heading, String[] parts, Sites sites) {
    if (parts.length < 2 || heading.isEmpty() || isSite(parts[0], sites)) {
      return false; // "Site | Headline": the heading is the headline
    }
    if (sites.loose(parts[0]).isEmpty()
        || wordCount(parts[0]) < 3 && wordCount(heading) >= wordCount(parts[0])) {
      return false; // tested first: cheaper than the site words below
    }
    String last = sites.loose(parts[parts.length - 1]);
    String k = sites.loose(heading);
    return last.equals(k) || withoutSiteWords(last).equals(withoutSiteWords(k));
  }

  /**
   * The part before a " | " still left in a title after site names are stripped: a pipe joins a
   * headline to keywords or a section ("Best Movers in NYC | Top 19 Companies").
   */
  static String firstPart(String title) {
    return firstPart(title, PART_BREAK);
  }

  /**
   * A meta title without site names and without what follows a pipe; a title that prints " / "
   * twice is a trail ("Topic / Board / Forum"), cut at its slashes too (one slash joins
   * alternatives: "Movers / Moving Companies").
   */
  String metaPart(String raw, List<String> sites) {
    return metaPart(raw, split(raw), new Sites(sites));
  }

  /** As {@link #metaPart(String, List)}, given the title split at its separators. */
  private String metaPart(String raw, String[] parts, Sites sites) {
    int slash = raw.indexOf(" / ");
    boolean trail = slash >= 0 && raw.indexOf(" / ", slash + 3) > 0;
    String part = firstPart(strip(raw, parts, sites), trail ? TRAIL_BREAK : PART_BREAK);
    if (genericTitles.contains(sites.loose(part))) {
      return raw.trim(); // "Home - Ohio Artisans": the site's own page, named by both
    }
    return part;
  }

  private static String firstPart(String title, Pattern breaks) {
    if (!hasBreakMark(title, breaks == TRAIL_BREAK)) {
      return title; // no match possible: spare the pattern
    }
    Matcher m = breaks.matcher(title);
    if (!m.find() || m.start() == 0) {
      return title;
    }
    String head = title.substring(0, m.start()).trim();
    return wordCount(head) >= 2 ? head : title;
  }

  /** True when a title holds a mark {@link #PART_BREAK} (or {@link #TRAIL_BREAK}) needs. */
  private static boolean hasBreakMark(String title, boolean slash) {
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c == '|' || c == '»' || c == '｜' || c == '丨' || slash && c == '/') {
        return true;
      }
    }
    return false;
  }

  /**
   * Words in a title: words between spaces, and a word for every two Chinese or Japanese
   * characters, which are written without spaces ("新闻中心" counts two).
   */
  static int wordCount(String s) {
    // (FIRST_CJK: U+2E80, the first Han, Hiragana or Katakana char.)
    int cjk = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < FIRST_CJK) {
        continue; // no script lookup (a binary search) for the chars before the CJK blocks
      }
      Character.UnicodeScript u = Character.UnicodeScript.of(c);
      if (u == Character.UnicodeScript.HAN
          || u == Character.UnicodeScript.HIRAGANA
          || u == Character.UnicodeScript.KATAKANA) {
        cjk++;
      }
    }
    return MetadataReader.words(s) + cjk / 2;
  }

  /**
   * True when a title part names the site: its name, or its host name with or without TLD, alone or
   * with words sites put beside their names ("Ansible Documentation", but not "Ansible playbooks").
   */
  boolean isSite(String part, List<String> siteNames) {
    return isSite(part, new Sites(siteNames));
  }

  /**
   * True when every one of {@code names} {@link #isSite is the site}: the site names loosed once.
   */
  boolean allSite(Iterable<String> names, List<String> siteNames) {
    Sites sites = new Sites(siteNames);
    for (String n : names) {
      if (!isSite(n, sites)) {
        return false;
      }
    }
    return true;
  }

  private boolean isSite(String part, Sites sites) {
    String k = sites.loose(part);
    if (k.length() < 2) {
      return false;
    }
    for (int i = 0; i < sites.loose.size(); i++) {
      String site = sites.loose.get(i);
      if (site.isEmpty()) {
        continue;
      }
      if (k.equals(site)) {
        return true;
      }
      if (equalsWithoutSpaces(k, sites.compact.get(i))
          || site.contains(k) && k.length() > 3
          || k.contains(site) && site.length() > 3 && onlySiteWords(k.replace(site, " "))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} without its spaces is {@code compact}: no string made. */
  static boolean equalsWithoutSpaces(String text, String compact) {
    int j = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (j == compact.length() || compact.charAt(j++) != c) {
        return false;
      }
    }
    return j == compact.length();
  }

  /**
   * Site names with their loose forms, and those without spaces, made once for the many title parts
   * compared to them.
   */
  private static final class Sites {
    final List<String> names = new ArrayList<>();
    final List<String> loose = new ArrayList<>();
    final List<String> compact = new ArrayList<>();

    /**
     * Loose forms of the texts asked about, once each: a title's parts are asked many times, also
     * of a {@link #copy}, which shares them.
     */
    private final Map<String, String> looseForms;

    Sites(List<String> names) {
      looseForms = new HashMap<>();
      for (String n : names) {
        add(n);
      }
    }

    private Sites(Sites from) {
      looseForms = from.looseForms; // a text's loose form is the same whatever the names
      names.addAll(from.names);
      loose.addAll(from.loose);
      compact.addAll(from.compact);
    }

    /** These names, to which later {@link #add}s do not reach, sharing the loose forms. */
    Sites copy() {
      return new Sites(this);
    }

    void add(String name) {
      String k = loose(name);
      names.add(name);
      loose.add(k);
      compact.add(k.replace(" ", ""));
    }

    String loose(String text) {
      String k = looseForms.get(text);
      if (k == null) {
        k = TitleCleaner.loose(text);
        looseForms.put(text, k);
      }
      return k;
    }
  }

  /**
   * A title split at its {@link #SEPARATORS}: what {@code SEPARATORS.split} gives, by a char scan
   * ({@link #separatorEnd} finds the match the pattern finds at each position).
   */
  static String[] split(String title) {
    List<String> parts = null;
    int index = 0;
    for (int i = 0; i < title.length(); ) {
      int end =
          SEPARATOR_MARKS.indexOf(title.charAt(i)) >= 0 || isEdgeSpace(title.charAt(i))
              ? separatorEnd(title, i)
              : -1;
      if (end < 0) {
        i++;
        continue;
      }
      if (parts == null) {
        parts = new ArrayList<>();
      }
      parts.add(title.substring(index, i));
      index = end;
      i = end; // every match holds a mark: never empty
    }
    if (parts == null) {
      return new String[] {title};
    }
    parts.add(title.substring(index));
    int n = parts.size();
    while (n > 0 && parts.get(n - 1).isEmpty()) {
      n--; // split drops trailing empty parts
    }
    return parts.subList(0, n).toArray(new String[0]);
  }

  /**
   * Where the {@link #SEPARATORS} match starting at {@code i} ends, or -1: its three alternatives
   * in order. A run of white space cannot give back a char to a mark, so each takes its whole run.
   */
  static int separatorEnd(String s, int i) {
    int n = s.length();
    int j = spacesEnd(s, i);
    // \s+[|\-–—:·•»/~]{1,2}\s+ (two marks not followed by a space cannot match as one)
    if (j > i && j < n && SPACED_MARKS.indexOf(s.charAt(j)) >= 0) {
      int k = j + 1 < n && SPACED_MARKS.indexOf(s.charAt(j + 1)) >= 0 ? j + 2 : j + 1;
      if (k < n && isEdgeSpace(s.charAt(k))) {
        return spacesEnd(s, k);
      }
    }
    // \s*[|•·»｜丨]\s*
    if (j < n && BARE_MARKS.indexOf(s.charAt(j)) >= 0) {
      return spacesEnd(s, j + 1);
    }
    // \s+[-–—]\s*$ ($ also matches before a line terminator that ends the text)
    if (j > i && j < n && DASHES.indexOf(s.charAt(j)) >= 0) {
      int k = spacesEnd(s, j + 1);
      if (k == n || k == n - 1 && "\u0085\u2028\u2029".indexOf(s.charAt(k)) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** The end of the run of {@code \s} chars from {@code i}. */
  private static int spacesEnd(String s, int i) {
    int k = i;
    while (k < s.length() && isEdgeSpace(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /** A loose text without the words sites put beside their names; itself when it has none. */
  private String withoutSiteWords(String k) {
    StringBuilder out = null; // made at the first site word
    for (int i = 0; i < k.length(); ) {
      int end = k.indexOf(' ', i);
      end = end < 0 ? k.length() : end;
      boolean siteWord = siteWords.contains(k.substring(i, end));
      if (siteWord && out == null) {
        out = new StringBuilder(k.length()).append(k, 0, Math.max(0, i - 1));
      } else if (!siteWord && out != null) {
        out.append(out.length() > 0 ? " " : "").append(k, i, end);
      }
      i = end + 1;
    }
    return out == null ? k : out.toString();
  }

  /**
   * True when every word of a text of letters, digits and spaces (a loose text, a site's name cut
   * out) is a word sites put beside their names.
   */
  private boolean onlySiteWords(String rest) {
    for (int i = 0; i < rest.length(); ) {
      int end = rest.indexOf(' ', i);
      end = end < 0 ? rest.length() : end;
      if (end > i && !siteWords.contains(rest.substring(i, end))) {
        return false;
      }
      i = end + 1;
    }
    return true;
  }

  /** The words of a URL's path, loose, space-separated and padded: " best drip coffee maker ". */
  static String slugWords(String url) {
    return slugWords(uri(url));
  }

  private static String slugWords(URI uri) {
    String path = uri == null ? null : uri.getPath();
    return path == null ? "" : " " + loose(path) + " ";
  }

  /** The URL parsed, or null when it is no URI. */
  static URI uri(String url) {
    try {
      return URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The first of the meta titles that names more than the site ("Bombas" as the Twitter title, "All
   * Men's Socks" as the title tag), else the first not empty.
   */
  private String namingPage(Sites sites, String... titles) {
    for (String t : titles) {
      if (!t.isBlank() && !isSite(t, sites)) {
        return t.trim();
      }
    }
    return first(titles);
  }

  /**
   * A home page's title that opens with the site's name before a spaced dash ("SuiteCRM - Open
   * Source CRM"): the whole, since the page is the site itself; else "". A pipe after the name
   * ("Todoist | A To-Do List") marks the rest as the page's own title and is cut as elsewhere.
   */
  private String brandFirst(String title, Sites sites) {
    Matcher m = BRAND_DASH.matcher(title);
    if (!m.find() || m.start() == 0) {
      return "";
    }
    String rest = title.substring(m.end());
    if (SEPARATORS.matcher(rest).find() || !isSite(title.substring(0, m.start()), sites)) {
      return "";
    }
    return title.trim();
  }

  /** True for a site's home page: a URL without a path ("https://example.com/"). */
  static boolean isHome(String url) {
    return isHome(uri(url));
  }

  private static boolean isHome(URI uri) {
    if (uri == null) {
      return false;
    }
    String path = uri.getPath();
    return path == null || path.isEmpty() || path.equals("/");
  }

  /** The registered name of a URL's host: "www.bbc.co.uk" gives "bbc". */
  static String hostName(String url) {
    return hostName(uri(url));
  }

  /** As {@link #hostName(String)}, for a URL parsed by {@link #uri}. */
  static String hostName(URI uri) {
    String host = uri == null ? null : uri.getHost();
    if (host == null) {
      return "";
    }
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int i = labels.length - 2;
    if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
      i--; // co.uk, com.au
    }
    return i >= 0 ? labels[i] : "";
  }

  /** Share of the words of a title that are words of a padded, loose URL path. */
  private static double spelled(String title, String slug) {
    int hits = 0;
    int n = 0;
    for (String w : NON_WORD.split(title.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        n++;
        if (slug.contains(" " + w + " ")) {
          hits++;
        }
      }
    }
    return n == 0 ? 0 : (double) hits / n;
  }

  /** Share of the words of {@code a} that occur in {@code reference}. */
  private static double overlap(String a, String reference) {
    int hits = 0;
    int n = 0;
    for (String w : NON_WORD.split(a.toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (reference.contains(w)) {
        hits++;
      }
    }
    return n == 0 ? 0 : (double) hits / n;
  }

  /** Case-folded, letters and digits only, single spaces. */
  static String loose(String s) {
    // What NON_WORD.matcher(lower).replaceAll(" ").trim() gives (a run of chars that are no letter
    // or number becomes one space, none at the ends), in one pass without a regex.
    String lower = s.toLowerCase(Locale.ROOT);
    if (isLooseAscii(lower)) {
      return lower;
    }
    int n = lower.length();
    StringBuilder out = new StringBuilder(n);
    boolean gap = false;
    for (int i = 0; i < n; ) {
      char c = lower.charAt(i);
      int cp = Character.isSurrogate(c) ? lower.codePointAt(i) : c;
      int len = Character.charCount(cp);
      if (isWordChar(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        if (len == 1) {
          out.append(c);
        } else {
          out.append(lower, i, i + len);
        }
      } else {
        gap = true;
      }
      i += len;
    }
    return out.toString();
  }

  /** True when a lower-cased text is loose already: ASCII letters and digits, single spaces. */
  private static boolean isLooseAscii(String lower) {
    int n = lower.length();
    if (n > 0 && (lower.charAt(0) == ' ' || lower.charAt(n - 1) == ' ')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = lower.charAt(i);
      boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (!word && (c != ' ' || lower.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** A letter or number: {@code [\p{L}\p{N}]}. */
  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }
}
