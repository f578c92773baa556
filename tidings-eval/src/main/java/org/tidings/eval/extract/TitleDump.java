package org.tidings.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidings.eval.extract.ExtractionData.Page;
import org.tidings.extract.ArticleExtractor;

/**
 * Development aid for title selection: prints one JSON line per WCXB dev page with the gold title,
 * the chosen one and every candidate the page offers (title tag, OpenGraph and Twitter titles,
 * JSON-LD headlines and names, h1 and h2 headings with their position). Run with {@code
 * -Dtidings.shared=/work/shared}; {@code -Dtitle.misses=true} prints only misses.
 */
public final class TitleDump {
  private TitleDump() {}

  public static void main(String[] args) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.standard();
    boolean missesOnly = Boolean.getBoolean("title.misses");
    List<Page> pages = ExtractionData.wcxbPages();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      JsonNode gold = page.gold().path("ground_truth");
      String goldTitle = gold.path("title").isNull() ? "" : gold.path("title").asText("");
      if (goldTitle.isEmpty()) {
        continue;
      }
      String ours =
          extractor.read(ExtractionEvaluation.source("wcxb/" + page.id(), page)).metadata().title();
      boolean hit = ExtractionEvaluation.key(goldTitle).equals(ExtractionEvaluation.key(ours));
      if (missesOnly && hit) {
        continue;
      }
      Document doc = Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url());
      ObjectNode o = ExtractionData.JSON.createObjectNode();
      o.put("i", i);
      o.put("id", page.id());
      o.put("url", page.url());
      o.put("type", page.wcxbType());
      o.put("hit", hit);
      o.put("gold", goldTitle);
      o.put("ours", ours);
      Element t = doc.selectFirst("title");
      o.put("title", t == null ? "" : t.text());
      o.put("og", meta(doc, "meta[property=og:title]"));
      o.put("tw", meta(doc, "meta[name=twitter:title]"));
      o.put("site", meta(doc, "meta[property=og:site_name]"));
      ArrayNode ld = o.putArray("ld");
      for (Element s : doc.select("script[type*=ld+json]")) {
        try {
          collect(ExtractionData.JSON.readTree(s.data()), ld, 0);
        } catch (IOException | RuntimeException e) {
          // a broken script
        }
      }
      ArrayNode hs = o.putArray("h");
      int n = 0;
      for (Element h : doc.select("h1, h2")) {
        if (n++ > 12) {
          break;
        }
        ObjectNode ho = hs.addObject();
        ho.put("tag", h.normalName());
        ho.put("text", h.text());
        ho.put("html", h.html().length() > 300 ? h.html().substring(0, 300) : h.html());
        ho.put("art", !h.parents().select("article, main").isEmpty());
      }
      out.println(o);
    }
  }

  private static String meta(Document doc, String q) {
    Element m = doc.selectFirst(q);
    return m == null ? "" : m.attr("content");
  }

  private static void collect(JsonNode n, ArrayNode out, int depth) {
    if (depth > 6 || n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out, depth + 1));
    } else if (n.isObject()) {
      String type = n.path("@type").toString();
      for (String k : new String[] {"headline", "name", "alternativeHeadline"}) {
        if (n.path(k).isTextual()) {
          out.add(type + "/" + k + "=" + n.path(k).asText());
        }
      }
      n.fields()
          .forEachRemaining(
              e -> {
                if (!e.getKey().equals("author") && !e.getKey().equals("publisher")) {
                  collect(e.getValue(), out, depth + 1);
                }
              });
    }
  }
}
