package org.tidings.eval.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.tidings.eval.extract.ExtractionData.Page;
import org.tidings.extract.ArticleExtractor;

/**
 * The extractors compared on the same pages: Tidings and its peers from Maven Central (test scope),
 * each as a page-to-body-text function.
 */
final class Contenders {
  private Contenders() {}

  /** One system under comparison. */
  record Contender(String name, Function<Page, String> extract) {
    /** The body text, or "" when the system fails on the page. */
    String safe(Page p) {
      try {
        String s = extract.apply(p);
        return s == null ? "" : s;
      } catch (RuntimeException e) {
        return "";
      }
    }
  }

  /**
   * Tidings, readability4j and boilerpipe's article extractor; {@code only}, when not empty, a
   * comma-separated list of the names to keep.
   */
  static List<Contender> standard(String only) {
    ArticleExtractor tidings = ArticleExtractor.standard();
    List<Contender> systems =
        List.of(
            new Contender(
                "tidings", p -> tidings.read(ExtractionEvaluation.source(p.id(), p)).body()),
            new Contender(
                "readability4j",
                p ->
                    new Readability4J(p.url(), new String(p.html(), StandardCharsets.UTF_8))
                        .parse()
                        .getTextContent()),
            new Contender(
                "boilerpipe",
                p -> {
                  try {
                    return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(
                        new String(p.html(), StandardCharsets.UTF_8));
                  } catch (Exception e) {
                    return "";
                  }
                }));
    if (only.isEmpty()) {
      return systems;
    }
    List<String> names = List.of(only.split(","));
    return systems.stream().filter(c -> names.contains(c.name())).toList();
  }
}
