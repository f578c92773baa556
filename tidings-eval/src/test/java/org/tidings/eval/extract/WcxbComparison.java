package org.tidings.eval.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.eval.extract.Contenders.Contender;
import org.tidings.eval.extract.Contenders.Output;
import org.tidings.eval.extract.ExtractionData.Page;

/**
 * Body quality on every WCXB dev page type, Tidings beside readability4j and boilerpipe run in the
 * same JVM on the same pages, by the benchmark's own word F1 ({@link WordScore}), and the titles'
 * exact match ({@link ExtractionEvaluation#key}); fails (exit 1) when Tidings falls behind either
 * peer over all pages or on articles, or on titles. The {@code eval} profile runs it; {@code
 * -Dcompare.systems=tidings,readability4j} keeps some systems only, {@code -Dcompare.pages=FILE}
 * writes each page's F1 by each system (id, type, then one column a system).
 */
public final class WcxbComparison {
  private WcxbComparison() {}

  public static void main(String[] args) throws IOException {
    List<Page> pages = ExtractionData.wcxbPages();
    List<Contender> systems = Contenders.standard(System.getProperty("compare.systems", ""));
    Map<String, WordScoreTable> tables = new LinkedHashMap<>();
    for (Contender c : systems) {
      tables.put(c.name(), new WordScoreTable());
    }
    Map<String, Integer> titleHits = new LinkedHashMap<>();
    int titles = 0;
    StringBuilder perPage = new StringBuilder();
    for (Page page : pages) {
      String type = page.wcxbType();
      String gold = page.wcxbContent();
      String goldTitle = page.gold().path("ground_truth").path("title").asText("");
      titles += goldTitle.isEmpty() ? 0 : 1;
      perPage.append(page.id()).append('\t').append(type);
      for (Contender c : systems) {
        Output out = c.safe(page);
        double f1 = tables.get(c.name()).add(type, gold, out.body());
        perPage.append(String.format(Locale.ROOT, "\t%.3f", f1));
        boolean hit =
            !goldTitle.isEmpty()
                && ExtractionEvaluation.key(goldTitle)
                    .equals(ExtractionEvaluation.key(out.title()));
        titleHits.merge(c.name(), hit ? 1 : 0, Integer::sum);
      }
      perPage.append('\n');
    }
    String file = System.getProperty("compare.pages", "");
    if (!file.isEmpty()) {
      Files.writeString(Path.of(file), perPage, StandardCharsets.UTF_8);
    }
    System.out.printf(
        Locale.ROOT,
        "WCXB dev, %d pages: body word F1 (the benchmark's metric), systems run side by side%n",
        pages.size());
    WordScoreTable.print(tables);
    System.out.printf(Locale.ROOT, "  title exact match (%d pages with a title)%n", titles);
    for (Map.Entry<String, Integer> t : titleHits.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "    %-14s %.3f (%d)%n",
          t.getKey(),
          (double) t.getValue() / Math.max(1, titles),
          t.getValue());
    }
    WordScoreTable tidings = tables.get("tidings");
    if (tidings == null) {
      return;
    }
    boolean behind = false;
    for (Map.Entry<String, Integer> t : titleHits.entrySet()) {
      if (t.getValue() > titleHits.get("tidings")) {
        System.out.printf(Locale.ROOT, "BEHIND: %s has more titles right%n", t.getKey());
        behind = true;
      }
    }
    for (Map.Entry<String, WordScoreTable> peer : tables.entrySet()) {
      for (String type : List.of(WordScoreTable.ALL, "article")) {
        double ours = tidings.type(type).f1();
        double theirs = peer.getValue().type(type).f1();
        if (ours < theirs) {
          System.out.printf(
              Locale.ROOT,
              "BEHIND: %s %.3f < %s %.3f on %s%n",
              "tidings",
              ours,
              peer.getKey(),
              theirs,
              type);
          behind = true;
        }
      }
    }
    if (behind) {
      System.exit(1);
    }
    System.out.println("tidings ahead of every peer over all pages, on articles and on titles");
  }
}
