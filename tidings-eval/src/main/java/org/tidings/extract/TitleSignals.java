package org.tidings.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Development aid for title selection: one JSON line per WCXB dev page with the gold title, ours,
 * the heading-only and meta-only choices and signals that might tell them apart (OpenGraph type,
 * heading counts, how often each candidate's words recur in the page text).
 */
public final class TitleSignals {
  private TitleSignals() {}

  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(System.getProperty("tidings.shared", "../shared"))
            .resolve("data/extraction/wcxb-dev/dev");
    JsonNode metaFile =
        new ObjectMapper().readTree(dir.getParent().resolve("metadata.dev.json").toFile());
    List<Path> golds;
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      golds = files.sorted().filter(gt -> Files.exists(html(dir, gt))).toList();
    }
    ObjectMapper json = new ObjectMapper();
    MetadataReader reader = new MetadataReader(DateFinder.standard());
    TitleCleaner titles = TitleCleaner.standard(MetadataRules.standard().genericTitles());
    ContentFinder content = new ContentFinder(FurnitureRules.standard());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (int i = 0; i < golds.size(); i++) {
      JsonNode page = json.readTree(golds.get(i).toFile());
      JsonNode t = page.path("ground_truth").path("title");
      if (t.isNull() || t.asText("").isEmpty()) {
        continue;
      }
      String id = id(golds.get(i));
      String url = page.path("url").asText("");
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html(dir, golds.get(i))))) {
        bytes = in.readAllBytes();
      }
      Decoded decoded = Decoder.decode(bytes, "", true);
      Document doc = HtmlParser.parse(decoded, url);
      MetadataReader.Head head = reader.read(doc, url);
      PageScan scan = PageScan.of(doc);
      JsonLd ld = JsonLd.read(scan.jsonLd);
      String og = MetadataReader.clean(first(attr(doc, "og:title"), attr(doc, "twitter:title")));
      String site = MetadataReader.clean(first(attr(doc, "og:site_name"), ld.publisher));
      String canon = scan.canonical == null ? "" : scan.canonical.attr("href").trim();
      String u = first(canon, attr(doc, "og:url"), url);
      String titleTag = MetadataReader.clean(scan.title);
      String headline = MetadataReader.clean(ld.headline);
      TitleCleaner.Choice both =
          titles.choose(scan, site, TitleCleaner.uri(u), og, headline, titleTag);
      TitleCleaner.Choice h1only = titles.choose(scan, site, TitleCleaner.uri(u), "", "", "");
      PageScan noH = PageScan.of(doc);
      noH.h1s.clear();
      TitleCleaner.Choice metaOnly =
          titles.choose(noH, site, TitleCleaner.uri(u), og, headline, titleTag);
      ObjectNode o = json.createObjectNode();
      o.put("i", i);
      o.put("id", id);
      o.put("type", metaFile.path("files").path(id).path("page_type").asText(""));
      o.put("url", url);
      o.put("gold", t.asText());
      o.put("ours", head.title());
      o.put("both", both.title());
      o.put("h1", h1only.title());
      o.put("meta", metaOnly.title());
      o.put("titleTag", titleTag);
      o.put("og", attr(doc, "og:title"));
      o.put("tw", attr(doc, "twitter:title"));
      o.put("ldHeadline", headline);
      o.put("ogType", attr(doc, "og:type"));
      o.put("date", head.published().isPresent());
      o.put("authors", head.authors().size());
      o.put("h1s", scan.h1s.size());
      o.put("art", doc.selectFirst("article") != null);
      o.put("h1InArticle", h1InArticle(scan));
      String body = doc.body() == null ? "" : TitleCleaner.loose(doc.body().text());
      o.put("h1Count", count(body, TitleCleaner.loose(h1only.title())));
      o.put("metaCount", count(body, TitleCleaner.loose(metaOnly.title())));
      o.put("h2s", doc.select("h2").size());
      o.put("paras", doc.select("p").size());
      Document fresh = HtmlParser.parse(decoded, url);
      List<Paragraph> paras = fresh.body() == null ? List.of() : content.find(fresh.body());
      o.put("h1Para", paraIndex(paras, h1only.title()));
      o.put("metaPara", paraIndex(paras, metaOnly.title()));
      o.put("firstPara", paras.isEmpty() ? "" : paras.get(0).text());
      out.println(o);
    }
  }

  /** Index of the first of the first 30 paragraphs that is the given text, loose; -1 if none. */
  private static int paraIndex(List<Paragraph> paras, String text) {
    String k = TitleCleaner.loose(text);
    for (int i = 0; i < Math.min(30, paras.size()); i++) {
      if (!k.isEmpty() && TitleCleaner.loose(paras.get(i).text()).equals(k)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean h1InArticle(PageScan scan) {
    for (PageScan.Hit<Element> h : scan.h1s) {
      for (Element a = h.node(); a != null; a = a.parent()) {
        if (a.normalName().equals("article") || a.normalName().equals("main")) {
          return true;
        }
      }
    }
    return false;
  }

  private static int count(String hay, String needle) {
    if (needle.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }

  private static String attr(Document doc, String key) {
    Element m = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return m == null ? "" : m.attr("content").trim();
  }

  private static String first(String... v) {
    for (String s : v) {
      if (s != null && !s.isBlank()) {
        return s.trim();
      }
    }
    return "";
  }

  private static String id(Path groundTruth) {
    return groundTruth.getFileName().toString().replace(".json", "");
  }

  private static Path html(Path dir, Path groundTruth) {
    return dir.resolve("html").resolve(id(groundTruth) + ".html.gz");
  }
}
