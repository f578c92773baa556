package org.tidings.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;

/**
 * What extraction made of one source: the article if there was one, and what went wrong.
 *
 * @param article the article, empty when the source held none
 * @param diagnostics problems met on the way, possibly none
 */
public record Extraction(Optional<Article> article, List<Diagnostic> diagnostics) {
  public Extraction {
    Objects.requireNonNull(article);
    diagnostics = List.copyOf(diagnostics);
  }

  public static Extraction of(Article article, List<Diagnostic> diagnostics) {
    return new Extraction(Optional.of(article), diagnostics);
  }

  public static Extraction failed(Diagnostic diagnostic) {
    return new Extraction(Optional.empty(), List.of(diagnostic));
  }

  /** No article: {@code diagnostic} says why, first, then the {@code warnings} met before it. */
  public static Extraction failed(Diagnostic diagnostic, List<Diagnostic> warnings) {
    List<Diagnostic> all = new ArrayList<>(warnings.size() + 1);
    all.add(diagnostic);
    all.addAll(warnings);
    return new Extraction(Optional.empty(), all);
  }
}
