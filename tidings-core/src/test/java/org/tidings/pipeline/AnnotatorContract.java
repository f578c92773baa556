package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;

/**
 * The contract every {@link Annotator} keeps. A stage's test class extends this and says how to
 * make the stage and what it needs run before it; the checks here then run for that stage.
 */
public abstract class AnnotatorContract {

  /** The stage under test. */
  protected abstract Annotator annotator();

  /** Stages that must run before it (the tokenizer, say), in order. */
  protected List<Annotator> prerequisites() {
    return List.of();
  }

  /** A typical text for this stage. */
  protected String sampleText() {
    return "Azerbaijan wants to buy more Russian weapons, President Ilham Aliyev said on Thursday.\n\n"
        + "“We are holding negotiations on new [arms] purchases,” Aliyev told RIA Novosti.";
  }

  protected final Analysis prepared(String text) {
    Article article =
        Article.of("test", "", Optional.empty(), List.of(), "en", text, SourceMap.none());
    Analysis analysis = Analysis.of(article);
    for (Annotator before : prerequisites()) {
      analysis = before.annotate(analysis);
    }
    return analysis;
  }

  @Test
  void isPure() {
    Analysis in = prepared(sampleText());
    assertEquals(annotator().annotate(in), annotator().annotate(in));
  }

  @Test
  void keepsTheArticle() {
    Analysis in = prepared(sampleText());
    assertEquals(in.article(), annotator().annotate(in).article());
  }

  @Test
  void keepsDiagnosticsAlreadyMade() {
    Analysis in = prepared(sampleText());
    assertTrue(annotator().annotate(in).diagnostics().containsAll(in.diagnostics()));
  }

  @Test
  void copesWithEmptyText() {
    Analysis out = annotator().annotate(prepared(""));
    assertTrue(out.entities().isEmpty() && out.events().isEmpty() && out.transfers().isEmpty());
  }

  @Test
  void copesWithOddText() {
    for (String odd :
        List.of(" ", "\n\n\n", "“", "$", "...", "a", "\uD83D\uDE00 emoji", "Ω".repeat(10_000))) {
      annotator().annotate(prepared(odd)); // spans are checked by Analysis itself
    }
  }
}
