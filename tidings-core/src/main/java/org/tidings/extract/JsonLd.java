package org.tidings.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 */
final class JsonLd {
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
  private List<JsonNode> authorNodes = new ArrayList<>();
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
      try {
        ld.visit(JSON.readTree(data), 0);
      } catch (Exception e) { // malformed JSON-LD is common; it is simply not used
        continue;
      }
    }
    return ld;
  }

  /** Author names, references resolved, in the order given. */
  List<String> authors() {
    List<String> out = new ArrayList<>();
    for (JsonNode n : authorNodes) {
      names(n, out);
    }
    return out;
  }

  private void visit(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        visit(n, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String id = text(node.get("@id"));
    String name = text(node.get("name"));
    if (!id.isEmpty() && !name.isEmpty()) {
      names.putIfAbsent(id, name);
    }
    if (node.has("@graph")) {
      visit(node.get("@graph"), depth + 1);
    }
    JsonNode type = node.get("@type");
    boolean article = typeIn(type, ARTICLE_TYPES);
    boolean page = !article && typeIn(type, Set.of("webpage", "itempage", "aboutpage"));
    if (article || page) {
      take(node, article);
    } else if (typeIn(type, PUBLISHER_TYPES) && publisher.isEmpty() && depth <= 2) {
      publisher = name;
    }
    if (node.has("mainEntity")) {
      visit(node.get("mainEntity"), depth + 1);
    }
  }

  private void take(JsonNode node, boolean article) {
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
    JsonNode a = node.get("author");
    if (a == null) {
      a = node.get("creator");
    }
    if (a != null && !a.isNull() && (first || authorNodes.isEmpty())) {
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

  private void names(JsonNode n, List<String> out) {
    if (n == null || n.isNull()) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode a : n) {
        names(a, out);
      }
      return;
    }
    String name;
    if (n.isObject()) {
      name = text(n.get("name"));
      if (name.isEmpty()) {
        name = names.getOrDefault(text(n.get("@id")), "");
      }
    } else {
      name = n.asText().trim();
    }
    if (!name.isEmpty() && !name.startsWith("http")) {
      out.add(name);
    }
  }

  private static boolean typeIn(JsonNode type, Set<String> types) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (types.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(type.asText().toLowerCase(Locale.ROOT));
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
}
