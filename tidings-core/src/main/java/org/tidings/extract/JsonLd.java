package org.tidings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields a page's JSON-LD gives about its article: headline, dates, authors, publisher, body
 * and language. Article objects ({@code NewsArticle}, {@code BlogPosting}...) win over page objects
 * ({@code WebPage}); author references by {@code @id} (as in {@code @graph} blocks) are resolved.
 *
 * <p>A script is read ({@link JsonTreeReader}) into a small tree of plain values that keeps only
 * the {@link #KEYS} the rules read: a JSON object becomes a {@code Map}, an array a {@code List}, a
 * string, number or boolean its text (as {@code JsonNode.asText} gives it), null {@link
 * JsonTreeReader#JsonTreeReader.NULL}. What sits under other keys is checked but not kept, so a
 * script is rejected exactly when Jackson's {@code ObjectMapper.readTree} rejects it. (Share of
 * metadata time, JFR: Jackson's tree 13%, its streaming parse alone 10%, this reader 4%.)
 */
final class JsonLd {
  /** The keys the rules read; the values of all others are skipped. */
  private static final Set<String> KEYS =
      Set.of(
          "@id",
          "@type",
          "@graph",
          "@value",
          "name",
          "mainEntity",
          "headline",
          "datePublished",
          "dateCreated",
          "dateModified",
          "author",
          "creator",
          "articleBody",
          "text",
          "inLanguage",
          "publisher");

  /** {@link #KEYS} as the reader looks them up. */
  private static final JsonTreeReader.Keys KEPT = new JsonTreeReader.Keys(KEYS);

  private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage");
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
          "question",
          "medicalwebpage");
  private static final Set<String> PUBLISHER_TYPES =
      Set.of("organization", "newsmediaorganization", "corporation", "website");

  String headline = "";
  String published = "";
  String modified = "";
  String publisher = "";
  String articleBody = "";
  String language = "";
  private List<Object> authorNodes = new ArrayList<>();
  private final Map<String, String> names = new HashMap<>();
  private boolean fromArticle;

  private JsonLd() {}

  /** Reads the given script contents; malformed ones are skipped. */
  static JsonLd read(List<String> scripts) {
    JsonLd ld = new JsonLd();
    for (String raw : scripts) {
      String data = raw.trim();
      if (data.isEmpty() || data.length() > 2_000_000) {
        continue;
      }
      Object tree;
      try {
        tree = tree(data);
      } catch (JsonTreeReader.Malformed e) { // malformed JSON-LD is common: not used
        continue;
      }
      ld.visit(tree, 0);
    }
    return ld;
  }

  /** The first JSON value of a script as a tree of {@link #KEYS} (what follows it is not read). */
  static Object tree(String json) throws JsonTreeReader.Malformed {
    return new JsonTreeReader(json, KEPT).root();
  }

  /** Author names, references resolved, in the order given. */
  List<String> authors() {
    List<String> out = new ArrayList<>();
    for (Object n : authorNodes) {
      names(n, out);
    }
    return out;
  }

  private void visit(Object node, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object n : list) {
        visit(n, depth + 1);
      }
      return;
    }
    if (!(node instanceof Map<?, ?> object)) {
      return;
    }
    String id = text(object.get("@id"));
    String name = text(object.get("name"));
    if (!id.isEmpty() && !name.isEmpty()) {
      names.putIfAbsent(id, name);
    }
    if (object.containsKey("@graph")) {
      visit(object.get("@graph"), depth + 1);
    }
    Object type = object.get("@type");
    boolean article = typeIn(type, ARTICLE_TYPES);
    boolean page = !article && typeIn(type, PAGE_TYPES);
    if (article || page) {
      take(object, article);
    } else if (typeIn(type, PUBLISHER_TYPES) && publisher.isEmpty() && depth <= 2) {
      publisher = name;
    }
    if (object.containsKey("mainEntity")) {
      visit(object.get("mainEntity"), depth + 1);
    }
  }

  private void take(Map<?, ?> node, boolean article) {
    boolean first = article && !fromArticle;
    if (first || headline.isEmpty()) {
      String h = text(node.get("headline"));
      if (h.isEmpty() && first) {
        h = text(node.get("name"));
      }
      if (!h.isEmpty()) {
        headline = h;
      }
    }
    if (first || published.isEmpty()) {
      String p = text(node.get("datePublished"));
      if (p.isEmpty()) {
        p = text(node.get("dateCreated"));
      }
      if (!p.isEmpty()) {
        published = p;
      }
    }
    if (first || modified.isEmpty()) {
      String m = text(node.get("dateModified"));
      if (!m.isEmpty()) {
        modified = m;
      }
    }
    Object a = node.get("author");
    if (a == null) {
      a = node.get("creator");
    }
    if (a != null && a != JsonTreeReader.NULL && (first || authorNodes.isEmpty())) {
      authorNodes = new ArrayList<>(List.of(a));
    }
    if (articleBody.isEmpty() || first) {
      String body = text(node.get("articleBody"));
      if (body.isEmpty()) {
        body = text(node.get("text"));
      }
      if (!body.isEmpty()) {
        articleBody = body;
      }
    }
    if (language.isEmpty()) {
      language = text(node.get("inLanguage"));
    }
    if (publisher.isEmpty()) {
      List<String> p = new ArrayList<>();
      names(node.get("publisher"), p);
      if (!p.isEmpty()) {
        publisher = p.get(0);
      }
    }
    if (article) {
      fromArticle = true;
    }
  }

  private void names(Object n, List<String> out) {
    if (n == null || n == JsonTreeReader.NULL) {
      return;
    }
    if (n instanceof List<?> list) {
      for (Object a : list) {
        names(a, out);
      }
      return;
    }
    String name;
    if (n instanceof Map<?, ?> object) {
      name = text(object.get("name"));
      if (name.isEmpty()) {
        name = names.getOrDefault(text(object.get("@id")), "");
      }
    } else {
      name = asText(n).trim();
    }
    if (!name.isEmpty() && !name.startsWith("http")) {
      out.add(name);
    }
  }

  private static boolean typeIn(Object type, Set<String> types) {
    if (type == null) {
      return false;
    }
    if (type instanceof List<?> list) {
      for (Object t : list) {
        if (types.contains(asText(t).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(asText(type).toLowerCase(Locale.ROOT));
  }

  /** What {@code JsonNode.asText} gives: a value's text, "null" for null, "" for a container. */
  private static String asText(Object n) {
    if (n instanceof String s) {
      return s;
    }
    return n == JsonTreeReader.NULL ? "null" : "";
  }

  private static String text(Object n) {
    if (n == null || n == JsonTreeReader.NULL) {
      return "";
    }
    if (n instanceof List<?> list) {
      return list.isEmpty() ? "" : text(list.get(0));
    }
    if (n instanceof Map<?, ?> object) {
      return text(object.containsKey("@value") ? object.get("@value") : object.get("name"));
    }
    return ((String) n).trim();
  }
}
