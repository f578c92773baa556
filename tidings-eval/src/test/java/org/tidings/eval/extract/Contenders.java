package org.tidings.eval.extract;

import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.tidings.eval.extract.ExtractionData.Page;
import org.tidings.extract.ArticleExtractor;
import org.tidings.extract.ExtractedPage;
import org.xml.sax.InputSource;

/**
 * The extractors compared on the same pages: Tidings and its peers from Maven Central (test scope),
 * each as a function from a page to its body text and title.
 */
final class Contenders {
  private Contenders() {}

  /** What a system made of a page: the body text and the title, each "" when it gave none. */
  record Output(String body, String title) {
    static final Output NONE = new Output("", "");

    Output {
      body = body == null ? "" : body;
      title = title == null ? "" : title;
    }
  }

  /** One system under comparison. */
  record Contender(String name, Function<Page, Output> extract) {
    /** The system's output, or {@link Output#NONE} when it fails on the page. */
    Output safe(Page p) {
      try {
        Output o = extract.apply(p);
        return o == null ? Output.NONE : o;
      } catch (RuntimeException e) {
        return Output.NONE;
      }
    }
  }

  /**
   * Tidings, readability4j and boilerpipe's article extractor (its title is the page's {@code
   * <title>}, which it reads as it parses); {@code only}, when not empty, a comma-separated list of
   * the names to keep.
   */
  static List<Contender> standard(String only) {
    ArticleExtractor tidings = ArticleExtractor.standard();
    List<Contender> systems =
        List.of(
            new Contender(
                "tidings",
                p -> {
                  ExtractedPage page = tidings.read(ExtractionEvaluation.source(p.id(), p));
                  return new Output(page.body(), page.metadata().title());
                }),
            new Contender(
                "readability4j",
                p -> {
                  Article a =
                      new Readability4J(p.url(), new String(p.html(), StandardCharsets.UTF_8))
                          .parse();
                  return new Output(a.getTextContent(), a.getTitle());
                }),
            new Contender("boilerpipe", Contenders::boilerpipe));
    if (only.isEmpty()) {
      return systems;
    }
    List<String> names = List.of(only.split(","));
    return systems.stream().filter(c -> names.contains(c.name())).toList();
  }

  /** What {@code ArticleExtractor.INSTANCE.getText(html)} does, keeping the document's title. */
  private static Output boilerpipe(Page p) {
    try {
      TextDocument doc =
          new BoilerpipeSAXInput(
                  new InputSource(new StringReader(new String(p.html(), StandardCharsets.UTF_8))))
              .getTextDocument();
      de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.process(doc);
      return new Output(doc.getContent(), doc.getTitle());
    } catch (Exception e) {
      return Output.NONE;
    }
  }
}
