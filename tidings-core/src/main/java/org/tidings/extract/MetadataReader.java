package org.tidings.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads what a page says about itself: JSON-LD, OpenGraph and other meta tags, {@code <time>},
 * {@code <h1>}, {@code <title>} and the URL. Run before furniture is pruned.
 */
final class MetadataReader {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.IGNORE_UNDEFINED)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "techarticle",
          "scholarlyarticle",
          "liveblogposting",
          "posting",
          "socialmediaposting",
          "report",
          "review",
          "howto",
          "recipe",
          "discussionforumposting",
          "qapage",
          "medicalwebpage");
  private static final List<String> PUBLISHED_META =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "article:published",
          "published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "publication_date",
          "publication-date",
          "date",
          "dc.date.issued",
          "dc.date",
          "dcterms.date",
          "dcterms.created",
          "dcterms.issued",
          "dc.date.created",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "article_date_original",
          "original-publish-date",
          "citation_publication_date",
          "citation_date",
          "cxenseparse:recs:publishtime",
          "displaydate",
          "release_date",
          "og:pubdate",
          "article.created",
          "created",
          "datecreated");
  private static final List<String> AUTHOR_META =
      List.of(
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "byl",
          "dc.creator",
          "citation_author",
          "twitter:creator");
  private static final Pattern TITLE_SEPARATORS =
      Pattern.compile("\\s+[|\\-–—:·•»/]{1,2}\\s+|\\s*[|]\\s*");
  private static final Pattern BY_PREFIX =
      Pattern.compile(
          "^(?i)(by|von|par|por|di|door|av|af|przez|от|автор|by:|written by|posted by)\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final DateFinder dates;

  MetadataReader(DateFinder dates) {
    this.dates = dates;
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
    Map<String, String> metas = metas(doc);
    LinkedLd ld = jsonLd(doc);
    String siteName =
        first(meta(metas, "og:site_name"), ld.publisher, meta(metas, "application-name"));
    String canonical = first(attr(doc, "link[rel=canonical]", "href"), meta(metas, "og:url"), url);
    String title = title(doc, metas, ld, siteName);
    Optional<LocalDate> published = published(doc, metas, ld, url, canonical);
    List<String> authors = authors(doc, metas, ld);
    String language = language(doc, metas, ld);
    return new Head(
        title, published, authors, clean(siteName), canonical, language, ld.articleBody);
  }

  // ---- JSON-LD -------------------------------------------------------------------------------

  /** The fields read from JSON-LD, article objects winning over page objects. */
  private static final class LinkedLd {
    String headline = "";
    String published = "";
    String publisher = "";
    String articleBody = "";
    String language = "";
    List<String> authors = new ArrayList<>();
    boolean fromArticle;
  }

  private static LinkedLd jsonLd(Document doc) {
    LinkedLd ld = new LinkedLd();
    for (Element script : doc.getElementsByTag("script")) {
      if (!script.attr("type").contains("ld+json")) {
        continue;
      }
      String data = script.data().trim();
      if (data.isEmpty() || data.length() > 2_000_000) {
        continue;
      }
      try {
        visit(JSON.readTree(data), ld, 0);
      } catch (Exception e) { // malformed JSON-LD is common; it is simply not used
        continue;
      }
    }
    return ld;
  }

  private static void visit(JsonNode node, LinkedLd ld, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        visit(n, ld, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("@graph")) {
      visit(node.get("@graph"), ld, depth + 1);
    }
    boolean article = isArticle(node.get("@type"));
    boolean page = !article && typeIs(node.get("@type"), "webpage");
    if (article || page) {
      boolean take = article && !ld.fromArticle;
      if (take || ld.headline.isEmpty()) {
        ld.headline =
            firstNonEmpty(
                text(node.get("headline")), take ? text(node.get("name")) : "", ld.headline);
      }
      if (take || ld.published.isEmpty()) {
        String p = text(node.get("datePublished"));
        if (p.isEmpty()) {
          p = text(node.get("dateCreated"));
        }
        if (!p.isEmpty()) {
          ld.published = p;
        }
      }
      if (take || ld.authors.isEmpty()) {
        List<String> a = names(node.get("author"));
        if (!a.isEmpty()) {
          ld.authors = a;
        }
      }
      if (ld.articleBody.isEmpty() || take) {
        String body = text(node.get("articleBody"));
        if (!body.isEmpty()) {
          ld.articleBody = body;
        }
      }
      if (ld.language.isEmpty()) {
        ld.language = text(node.get("inLanguage"));
      }
      if (ld.publisher.isEmpty()) {
        List<String> p = names(node.get("publisher"));
        if (!p.isEmpty()) {
          ld.publisher = p.get(0);
        }
      }
      if (article) {
        ld.fromArticle = true;
      }
    } else if (typeIs(node.get("@type"), "organization")
        || typeIs(node.get("@type"), "newsmediaorganization")) {
      if (ld.publisher.isEmpty()) {
        ld.publisher = text(node.get("name"));
      }
    }
    if (node.has("mainEntity")) {
      visit(node.get("mainEntity"), ld, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  private static boolean typeIs(JsonNode type, String name) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asText().equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    }
    return type.asText().equalsIgnoreCase(name);
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    if (n.isArray()) {
      return n.isEmpty() ? "" : text(n.get(0));
    }
    if (n.isObject()) {
      return text(n.has("@value") ? n.get("@value") : n.get("name"));
    }
    return n.asText().trim();
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      for (JsonNode a : n) {
        out.addAll(names(a));
      }
      return out;
    }
    String name = n.isObject() ? text(n.get("name")) : n.asText().trim();
    if (!name.isEmpty() && !name.startsWith("http")) {
      out.add(name);
    }
    return out;
  }

  // ---- title ---------------------------------------------------------------------------------

  /**
   * The headline: the page's {@code <h1>} (the one most like the head's titles when there are
   * several) when the head agrees with it, else the JSON-LD headline, the OpenGraph title, the
   * {@code <h1>} or the {@code <title>}, site name stripped.
   */
  private String title(Document doc, Map<String, String> metas, LinkedLd ld, String siteName) {
    String og = clean(first(meta(metas, "og:title"), meta(metas, "twitter:title")));
    String headline = clean(ld.headline);
    String titleTag = clean(doc.title());
    String reference = normalizeKey(titleTag + " " + og + " " + headline);
    String h1 = "";
    double bestOverlap = -1;
    Elements found = doc.body() == null ? new Elements() : doc.body().getElementsByTag("h1");
    for (Element h : found) {
      String t = clean(h.text());
      if (t.isEmpty() || t.length() > 300 || same(t, siteName) || insideFurniture(h)) {
        continue;
      }
      double overlap = overlap(normalizeKey(t), reference);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        h1 = t;
      }
    }
    if (!h1.isEmpty() && (same(h1, og) || same(h1, headline) || contains(titleTag, h1))) {
      return h1;
    }
    return first(
        stripSite(headline, siteName), stripSite(og, siteName), h1, stripSite(titleTag, siteName));
  }

  /** Share of the words of {@code a} that occur in {@code b}. */
  private static double overlap(String a, String b) {
    String[] words = a.split("[^\\p{L}\\p{N}]+");
    int hits = 0;
    int n = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (b.contains(w)) {
        hits++;
      }
    }
    return n == 0 ? 0 : (double) hits / n;
  }

  /** Drops a site name before or after a separator: "Headline | Site" becomes "Headline". */
  static String stripSite(String title, String siteName) {
    String[] parts = TITLE_SEPARATORS.split(title);
    if (parts.length < 2) {
      return title;
    }
    String site = normalizeKey(siteName);
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      String k = normalizeKey(p);
      if (!site.isEmpty()
          && (k.equals(site)
              || site.contains(k) && k.length() > 2
              || k.contains(site) && k.length() < site.length() + 12)) {
        continue;
      }
      kept.add(p);
    }
    if (kept.isEmpty()) {
      return title;
    }
    if (kept.size() == parts.length) {
      // No site name known: drop a short last part ("Headline - Reuters").
      String last = parts[parts.length - 1];
      if (words(last) <= 3 && words(parts[0]) > words(last)) {
        kept.remove(kept.size() - 1);
      } else {
        return title;
      }
    }
    if (kept.size() == 1) {
      return kept.get(0).trim();
    }
    // Rejoin what remains with the separators it had.
    String first = kept.get(0);
    String lastKept = kept.get(kept.size() - 1);
    int start = title.indexOf(first);
    int end = title.lastIndexOf(lastKept) + lastKept.length();
    return start >= 0 && end > start ? title.substring(start, end).trim() : first.trim();
  }

  // ---- date ----------------------------------------------------------------------------------

  private Optional<LocalDate> published(
      Document doc, Map<String, String> metas, LinkedLd ld, String url, String canonical) {
    Optional<LocalDate> d = dates.fromMetadata(ld.published);
    if (d.isPresent()) {
      return d;
    }
    for (String name : PUBLISHED_META) {
      d = dates.fromMetadata(meta(metas, name));
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
      d = dates.fromMetadata(firstNonEmpty(e.attr("content"), e.attr("datetime"), e.text()));
      if (d.isPresent()) {
        return d;
      }
    }
    Elements times = doc.select("time[datetime]");
    for (Element t : times) {
      if (t.hasAttr("pubdate") || hints(t, "publish") || hints(t.parent(), "publish")) {
        d = dates.fromMetadata(t.attr("datetime"));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    d = dates.fromUrl(url);
    if (d.isEmpty()) {
      d = dates.fromUrl(canonical);
    }
    if (d.isPresent()) {
      return d;
    }
    for (Element t : times) {
      if (!insideFurniture(t)) {
        d = dates.fromMetadata(t.attr("datetime"));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    d = visibleDate(doc);
    if (d.isPresent()) {
      return d;
    }
    // Visible dates in bylines and date lines.
    for (Element e :
        doc.select(
            "[class*=date], [class*=time], [class*=publish], [class*=byline], [class*=meta], [id*=date]")) {
      if (insideFurniture(e) || e.nameIs("body") || e.nameIs("html")) {
        continue;
      }
      String text = e.ownText().length() > 6 ? e.ownText() : e.text();
      if (text.length() > 200 || hints(e, "modif") || hints(e, "update")) {
        continue;
      }
      d = dates.fromText(text);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * A date shown on its own near the headline: the first short date line after the {@code <h1>}
   * (within a few dozen elements), else just before it.
   */
  private Optional<LocalDate> visibleDate(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    Element h1 = body.selectFirst("h1");
    Optional<LocalDate> before = Optional.empty();
    int beforeAt = -1;
    int index = 0;
    int h1At = -1;
    for (Element e : body.getAllElements()) {
      index++;
      if (e == h1) {
        h1At = index;
        if (before.isPresent() && index - beforeAt > 30) {
          before = Optional.empty();
        }
        continue;
      }
      if (h1At >= 0 && index - h1At > 80) {
        break;
      }
      String own = e.ownText();
      if (own.length() < 6 || own.length() > 80 || !hasDigit(own)) {
        continue;
      }
      if (!dates.isDateLine(own) || insideFurniture(e)) {
        continue;
      }
      Optional<LocalDate> d = dates.fromText(own);
      if (h1 == null || h1At >= 0) {
        return d;
      }
      if (before.isEmpty()) {
        before = d;
        beforeAt = index;
      }
    }
    return before;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hints(Element e, String word) {
    if (e == null) {
      return false;
    }
    String s = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
    return s.contains(word);
  }

  private static boolean insideFurniture(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String n = a.normalName();
      if (n.equals("footer") || n.equals("aside") || n.equals("nav")) {
        return true;
      }
      String c = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
      if (c.contains("comment")
          || c.contains("related")
          || c.contains("sidebar")
          || c.contains("footer")) {
        return true;
      }
    }
    return false;
  }

  // ---- authors -------------------------------------------------------------------------------

  private List<String> authors(Document doc, Map<String, String> metas, LinkedLd ld) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : ld.authors) {
      addAuthor(out, a);
    }
    if (out.isEmpty()) {
      for (String name : AUTHOR_META) {
        String v = meta(metas, name);
        if (!v.isEmpty() && !v.startsWith("http") && !v.startsWith("@")) {
          for (String part : v.split("\\s*(?:,|;| and | & )\\s*")) {
            addAuthor(out, part);
          }
          break;
        }
      }
    }
    if (out.isEmpty()) {
      for (Element e :
          doc.select("[itemprop=author], [rel=author], [class*=author-name], [class*=byline]")) {
        if (insideFurniture(e)) {
          continue;
        }
        Element name = e.selectFirst("[itemprop=name]");
        String v = name != null ? name.text() : e.text();
        if (v.length() < 80) {
          addAuthor(out, v);
        }
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static void addAuthor(Set<String> out, String raw) {
    String a = BY_PREFIX.matcher(clean(raw)).replaceFirst("").trim();
    if (a.length() >= 2 && a.length() <= 80 && !a.contains("http") && words(a) <= 8) {
      out.add(a);
    }
  }

  // ---- language ------------------------------------------------------------------------------

  private static String language(Document doc, Map<String, String> metas, LinkedLd ld) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang");
    }
    if (lang.isEmpty()) {
      lang =
          firstNonEmpty(
              attr(doc, "meta[http-equiv~=(?i)content-language]", "content"),
              meta(metas, "og:locale"),
              meta(metas, "language"),
              ld.language);
    }
    return LanguageDetector.code(lang);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** The content of a meta tag by property, name or itemprop (case-insensitive). */
  /** Meta tag contents by lower-case property, name and itemprop; the first one of a key wins. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.head().getElementsByTag("meta")) {
      String c = m.attr("content").trim();
      if (c.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String k = m.attr(attr);
        if (!k.isEmpty()) {
          out.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return out;
  }

  private static String meta(Map<String, String> metas, String key) {
    return metas.getOrDefault(key, "");
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : e.attr(attr).trim();
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
    return SPACES.matcher(t.replace('\u00A0', ' ')).replaceAll(" ").trim();
  }

  private static String normalizeKey(String s) {
    return clean(s).toLowerCase(Locale.ROOT).replaceAll("^www\\.|\\.(com|org|net|co\\.uk)$", "");
  }

  private static boolean same(String a, String b) {
    return !a.isEmpty() && normalizeKey(a).equals(normalizeKey(b));
  }

  private static boolean contains(String haystack, String needle) {
    return needle.length() > 3 && normalizeKey(haystack).contains(normalizeKey(needle));
  }

  private static int words(String s) {
    String t = s.trim();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }
}
