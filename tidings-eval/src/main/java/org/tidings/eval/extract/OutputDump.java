package org.tidings.eval.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tidings.extract.ArticleExtractor;
import org.tidings.extract.ExtractedPage;
import org.tidings.extract.PageMetadata;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;
import org.tidings.model.SourceMap;

/**
 * Development check that a speed change leaves extraction alone: writes everything extraction gives
 * for every Scrapinghub and WCXB dev page (metadata, body, article text, a digest of the source
 * map, diagnostics) to one text file, {@code -Dextract.dump=FILE}, to compare byte for byte with
 * the file written before the change.
 */
public final class OutputDump {
  private OutputDump() {}

  public static void main(String[] args) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.standard();
    Path out = Path.of(System.getProperty("extract.dump", "target/extract-dump.txt"));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (ExtractionData.Page page : ExtractionData.scrapinghubPages()) {
        dump(w, "scrapinghub/" + page.id(), extractor.read(source(page)));
      }
      List<ExtractionData.Page> wcxb = ExtractionData.wcxbPages();
      for (ExtractionData.Page page : wcxb) {
        dump(w, "wcxb/" + page.id(), extractor.read(source(page)));
      }
    }
  }

  private static void dump(PrintWriter w, String id, ExtractedPage read) {
    PageMetadata m = read.metadata();
    w.println("=== " + id);
    w.println("title: " + m.title());
    w.println("published: " + m.published());
    w.println("authors: " + m.authors());
    w.println("site: " + m.siteName());
    w.println("canonical: " + m.canonicalUrl());
    w.println("language: " + m.language());
    for (Diagnostic d : read.extraction().diagnostics()) {
      w.println("diagnostic: " + d);
    }
    w.println("body:");
    w.println(read.body());
    if (read.article().isPresent()) {
      Article a = read.article().get();
      SourceMap map = a.sourceMap();
      long digest = map.size();
      for (int i = 0; i <= a.text().length(); i++) {
        digest = digest * 31 + map.sourceOffset(i);
      }
      w.println("article: " + a.id() + " map " + map.unit() + " " + map.size() + " " + digest);
      w.println(a.text());
    }
  }

  private static Source source(ExtractionData.Page page) {
    return new Source(page.id(), page.url(), "text/html", "", 0, page.html());
  }
}
