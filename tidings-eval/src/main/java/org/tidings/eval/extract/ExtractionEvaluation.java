package org.tidings.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.eval.extract.ExtractionData.Page;
import org.tidings.extract.ArticleExtractor;
import org.tidings.extract.ExtractedPage;
import org.tidings.extract.PageMetadata;
import org.tidings.model.Source;

/**
 * Scores article extraction and fails (exit 1) when a pinned floor is missed.
 *
 * <ul>
 *   <li>Scrapinghub benchmark (181 news pages): body text with the benchmark's own shingle metric,
 *       for Tidings and for every peer output shipped with it. Its worst pages have been read
 *       (session 2), so rules found on it are checked on WCXB article bodies too.
 *   <li>WCXB dev (1,358 pages of 7 types): title, publication date and author exact match, the
 *       shingle F1 of article bodies (development figure), and the benchmark's own word F1 of the
 *       bodies of every page type ({@link WordScore}).
 * </ul>
 *
 * <p>Run: {@code mvn -o -q -B -Peval -pl tidings-eval -am verify -DskipTests
 * -Dtidings.shared=/work/shared} (the {@code eval} profile runs it), or with the test classpath
 * from {@code dependency:build-classpath}: {@code java -cp ...
 * org.tidings.eval.extract.ExtractionEvaluation -Dtidings.shared=/work/shared}. {@code
 * -Dextract.worst=N} lists the N worst pages of each set.
 */
public final class ExtractionEvaluation {
  /**
   * Floors: a little under the figures measured when pinned (Scrapinghub F1 0.972, 0.973 in session
   * 9; WCXB dev title 0.831 (session 5; 0.825 in session 4, 0.797 before), date 0.904, author 0.826
   * (session 5; 0.764 before), article body F1 0.931, 0.937 in session 9).
   */
  static final double FLOOR_SCRAPINGHUB_F1 = 0.97;

  static final double FLOOR_WCXB_TITLE = 0.828;
  static final double FLOOR_WCXB_DATE = 0.9;
  static final double FLOOR_WCXB_AUTHOR = 0.822;

  /**
   * WCXB article bodies: pages the body rules were not tuned on first (the Scrapinghub rules are
   * checked here too, so a rule that only fits Scrapinghub shows up as a drop).
   */
  static final double FLOOR_WCXB_BODY = 0.93;

  /**
   * WCXB bodies of every page type by the benchmark's own word F1 (session 9: 0.820; 0.765 at the
   * session's start, before noscript forums, inline-style-hidden pages, widened short texts and the
   * whole main or body of landing pages were read; session 10: 0.822, with hidden tab panels and
   * folded sections read and documentation sections anchored by their heading's permalink kept).
   */
  static final double FLOOR_WCXB_WORDS = 0.818;

  private ExtractionEvaluation() {}

  public static void main(String[] args) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.standard();
    int worst = Integer.getInteger("extract.worst", 0);
    String only = System.getProperty("extract.only", "");
    List<String> failures = new ArrayList<>();
    if (!only.equals("wcxb")) {
      double f1 = scrapinghub(extractor, worst);
      if (f1 < FLOOR_SCRAPINGHUB_F1) {
        failures.add(
            String.format(
                Locale.ROOT, "scrapinghub F1 %.3f < floor %.3f", f1, FLOOR_SCRAPINGHUB_F1));
      }
    }
    if (!only.equals("scrapinghub")) {
      double[] wcxb = wcxb(extractor, worst);
      if (wcxb[0] < FLOOR_WCXB_TITLE) {
        failures.add(
            String.format(Locale.ROOT, "wcxb title %.3f < floor %.3f", wcxb[0], FLOOR_WCXB_TITLE));
      }
      if (wcxb[1] < FLOOR_WCXB_DATE) {
        failures.add(
            String.format(Locale.ROOT, "wcxb date %.3f < floor %.3f", wcxb[1], FLOOR_WCXB_DATE));
      }
      if (wcxb[3] < FLOOR_WCXB_BODY) {
        failures.add(
            String.format(
                Locale.ROOT, "wcxb article body F1 %.3f < floor %.3f", wcxb[3], FLOOR_WCXB_BODY));
      }
      if (wcxb[4] < FLOOR_WCXB_WORDS) {
        failures.add(
            String.format(
                Locale.ROOT, "wcxb body word F1 %.3f < floor %.3f", wcxb[4], FLOOR_WCXB_WORDS));
      }
      if (wcxb[2] < FLOOR_WCXB_AUTHOR) {
        failures.add(
            String.format(
                Locale.ROOT, "wcxb author %.3f < floor %.3f", wcxb[2], FLOOR_WCXB_AUTHOR));
      }
    }
    if (!failures.isEmpty()) {
      System.out.println("FAILED: " + String.join("; ", failures));
      System.exit(1);
    }
    System.out.println("extraction floors met");
  }

  private static double scrapinghub(ArticleExtractor extractor, int worst) throws IOException {
    List<Page> pages = ExtractionData.scrapinghubPages();
    ShingleScore tidings = new ShingleScore();
    List<Object[]> perPage = new ArrayList<>();
    for (Page page : pages) {
      String gold = page.gold().path("articleBody").asText("");
      String body = extractor.read(source("scrapinghub/" + page.id(), page)).body();
      tidings.add(gold, body);
      perPage.add(new Object[] {ShingleScore.f1(gold, body), page.id(), page.url()});
    }
    System.out.printf(
        Locale.ROOT,
        "Scrapinghub article extraction benchmark, %d pages (shingle metric)%n",
        pages.size());
    System.out.printf(
        Locale.ROOT,
        "  %-16s F1 %.3f  precision %.3f  recall %.3f%n",
        "tidings",
        tidings.f1(),
        tidings.precision(),
        tidings.recall());
    for (Map.Entry<String, java.nio.file.Path> peer : ExtractionData.peers().entrySet()) {
      Map<String, String> out = ExtractionData.peerOutput(peer.getValue());
      ShingleScore s = new ShingleScore();
      for (Page page : pages) {
        s.add(page.gold().path("articleBody").asText(""), out.getOrDefault(page.id(), ""));
      }
      System.out.printf(
          Locale.ROOT,
          "  %-16s F1 %.3f  precision %.3f  recall %.3f%n",
          peer.getKey(),
          s.f1(),
          s.precision(),
          s.recall());
    }
    printWorst(perPage, worst);
    return tidings.f1();
  }

  /**
   * Title, date, author accuracy and article F1; returns {title, date, author, article F1}. Titles
   * match after {@link #key} normalisation only (no site-name stripping on the gold side: the gold
   * titles carry none); dates match on the exact day; authors match as sets of names ({@link
   * #names}). Gold authors that append a role after a comma ("Ann Lee, Dietitian") count the role
   * as a name, which costs a few pages; it is left strict rather than guessed at.
   */
  private static double[] wcxb(ArticleExtractor extractor, int worst) throws IOException {
    List<Page> pages = ExtractionData.wcxbPages();
    int titles = 0;
    int titleHits = 0;
    int dated = 0;
    int dateHits = 0;
    int undated = 0;
    int invented = 0;
    int authored = 0;
    int authorHits = 0;
    ShingleScore articles = new ShingleScore();
    ShingleScore all = new ShingleScore();
    WordScoreTable words = new WordScoreTable();
    List<Object[]> perPage = new ArrayList<>();
    List<String> titleMisses = new ArrayList<>();
    List<String> dateMisses = new ArrayList<>();
    List<String> authorMisses = new ArrayList<>();
    for (Page page : pages) {
      JsonNode gold = page.gold().path("ground_truth");
      String type = page.wcxbType();
      ExtractedPage read = extractor.read(source("wcxb/" + page.id(), page));
      PageMetadata meta = read.metadata();
      String goldTitle = gold.path("title").asText("");
      if (!gold.path("title").isNull() && !goldTitle.isEmpty()) {
        titles++;
        if (key(goldTitle).equals(key(meta.title()))) {
          titleHits++;
        } else {
          titleMisses.add(page.id() + "  gold=" + goldTitle + "  got=" + meta.title());
        }
      }
      String goldDate =
          gold.path("publish_date").isNull() ? "" : gold.path("publish_date").asText("");
      String got = meta.published().map(Object::toString).orElse("");
      if (goldDate.length() == 10) {
        dated++;
        if (goldDate.equals(got)) {
          dateHits++;
        } else {
          dateMisses.add(page.id() + "  gold=" + goldDate + "  got=" + got + "  " + page.url());
        }
      } else if (goldDate.isEmpty()) {
        undated++;
        if (!got.isEmpty()) {
          invented++;
        }
      }
      String goldAuthor = gold.path("author").isNull() ? "" : gold.path("author").asText("");
      if (!goldAuthor.isEmpty()) {
        authored++;
        if (names(goldAuthor).equals(names(String.join(", ", meta.authors())))) {
          authorHits++;
        } else {
          authorMisses.add(page.id() + "  gold=" + goldAuthor + "  got=" + meta.authors());
        }
      }
      String content = page.wcxbContent();
      all.add(content, read.body());
      words.add(type, content, read.body());
      if (type.equals("article")) {
        articles.add(content, read.body());
        perPage.add(new Object[] {ShingleScore.f1(content, read.body()), page.id(), page.url()});
      }
    }
    double title = (double) titleHits / Math.max(1, titles);
    double date = (double) dateHits / Math.max(1, dated);
    double author = (double) authorHits / Math.max(1, authored);
    System.out.printf(Locale.ROOT, "WCXB dev, %d pages%n", pages.size());
    System.out.printf(
        Locale.ROOT, "  title exact match   %.3f  (%d/%d)%n", title, titleHits, titles);
    System.out.printf(
        Locale.ROOT,
        "  date exact match    %.3f  (%d/%d pages with a gold date)%n",
        date,
        dateHits,
        dated);
    System.out.printf(
        Locale.ROOT, "  date given, none in gold  %d of %d undated pages%n", invented, undated);
    System.out.printf(
        Locale.ROOT, "  author match        %.3f  (%d/%d)%n", author, authorHits, authored);
    System.out.printf(
        Locale.ROOT,
        "  body shingle F1, articles %.3f (P %.3f R %.3f, %d pages); all types %.3f%n",
        articles.f1(),
        articles.precision(),
        articles.recall(),
        articles.size(),
        all.f1());
    System.out.println(
        "  body word F1, the benchmark's own metric (published on its 1,497-page dev set:"
            + " rs-trafilatura 0.859, Trafilatura 0.791, Readability 0.675):");
    WordScoreTable.print(Map.of("tidings", words));
    if (worst > 0) {
      printWorst(perPage, worst);
      titleMisses.stream().limit(worst).forEach(m -> System.out.println("  title miss " + m));
      dateMisses.stream().limit(worst).forEach(m -> System.out.println("  date miss " + m));
      authorMisses.stream().limit(worst).forEach(m -> System.out.println("  author miss " + m));
    }
    return new double[] {title, date, author, articles.f1(), words.all().f1()};
  }

  private static void printWorst(List<Object[]> perPage, int worst) {
    perPage.sort(Comparator.comparingDouble(o -> (double) o[0]));
    for (int i = 0; i < Math.min(worst, perPage.size()); i++) {
      Object[] o = perPage.get(i);
      System.out.printf(Locale.ROOT, "  worst %.3f %s %s%n", (double) o[0], o[1], o[2]);
    }
  }

  static Source source(String location, Page page) {
    return new Source(location, page.url(), "text/html", "", 0, page.html());
  }

  /** Titles compared NFKC-normalized, case-folded, quotes and dashes unified, spaces collapsed. */
  public static String key(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[‘’‚‛′]", "'")
        .replaceAll("[“”„‟″]", "\"")
        .replaceAll("[‐‑‒–—―]", "-")
        .replaceAll("[\\s\\u00A0]+", " ")
        .trim();
  }

  /** Author names as a set: "A, B and C" equals "A, B, C". */
  public static Set<String> names(String s) {
    Set<String> out = new HashSet<>();
    for (String n : key(s).split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
      if (!n.isBlank()) {
        out.add(n.trim());
      }
    }
    return out;
  }
}
