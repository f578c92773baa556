package org.tidings.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tidings.extract.ArticleExtractor;
import org.tidings.model.Source;

/**
 * Development check of article bodies: the shingle F1 on Scrapinghub and on WCXB dev article pages,
 * with per-page precision and recall written as TSV (and each body as text) under {@code
 * -Dextract.out=DIR} for reading the worst pages. WCXB pages are read one at a time.
 */
public final class BodyCheck {
  private BodyCheck() {}

  public static void main(String[] args) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.standard();
    Path out = Path.of(System.getProperty("extract.out", "target/body-check"));
    Files.createDirectories(out.resolve("sh"));
    Files.createDirectories(out.resolve("wcxb"));
    ShingleScore sh = new ShingleScore();
    try (PrintWriter tsv =
        new PrintWriter(Files.newBufferedWriter(out.resolve("sh.tsv"), StandardCharsets.UTF_8))) {
      for (ExtractionData.Page page : ExtractionData.scrapinghubPages()) {
        String gold = page.gold().path("articleBody").asText("");
        String body = extractor.read(source(page)).body();
        sh.add(gold, body);
        row(tsv, page.id(), page.url(), gold, body);
        Files.writeString(out.resolve("sh").resolve(page.id() + ".txt"), body);
        Files.writeString(out.resolve("sh").resolve(page.id() + ".gold"), gold);
      }
    }
    ShingleScore wc = new ShingleScore();
    Path dir = ExtractionData.wcxb().resolve("dev");
    try (PrintWriter tsv =
            new PrintWriter(
                Files.newBufferedWriter(out.resolve("wcxb.tsv"), StandardCharsets.UTF_8));
        Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      for (Path gt : files.sorted().toList()) {
        String id = gt.getFileName().toString().replace(".json", "");
        JsonNode g = ExtractionData.JSON.readTree(gt.toFile());
        String type = g.path("_internal").path("page_type").path("primary").asText("");
        Path html = dir.resolve("html").resolve(id + ".html.gz");
        if (!type.equals("article") || !Files.exists(html)) {
          continue;
        }
        ExtractionData.Page page =
            new ExtractionData.Page(id, g.path("url").asText(""), ExtractionData.gunzip(html), g);
        String gold = g.path("ground_truth").path("main_content").asText("");
        String body = extractor.read(source(page)).body();
        wc.add(gold, body);
        row(tsv, id, page.url(), gold, body);
        Files.writeString(out.resolve("wcxb").resolve(id + ".txt"), body);
        Files.writeString(out.resolve("wcxb").resolve(id + ".gold"), gold);
      }
    }
    for (Object[] r :
        List.of(new Object[] {"scrapinghub", sh}, new Object[] {"wcxb-article", wc})) {
      ShingleScore s = (ShingleScore) r[1];
      System.out.printf(
          Locale.ROOT,
          "%-13s F1 %.4f  P %.4f  R %.4f  (%d pages)%n",
          r[0],
          s.f1(),
          s.precision(),
          s.recall(),
          s.size());
    }
  }

  private static void row(PrintWriter tsv, String id, String url, String gold, String body) {
    ShingleScore one = new ShingleScore();
    one.add(gold, body);
    tsv.printf(
        Locale.ROOT,
        "%s\t%.4f\t%.4f\t%.4f\t%d\t%d\t%s%n",
        id,
        one.precision(),
        one.recall(),
        one.f1(),
        gold.length(),
        body.length(),
        url);
  }

  private static Source source(ExtractionData.Page page) {
    return new Source(page.id(), page.url(), "text/html", "", 0, page.html());
  }
}
