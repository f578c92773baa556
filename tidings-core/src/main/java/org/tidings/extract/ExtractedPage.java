package org.tidings.extract;

import java.util.Objects;
import java.util.Optional;
import org.tidings.model.Article;
import org.tidings.pipeline.Extraction;

/**
 * Everything extraction read from one source.
 *
 * @param extraction the article (title, captions and body) and diagnostics, as the pipeline wants
 *     it
 * @param metadata title, date, authors, site, canonical URL and language, also when no article was
 *     found
 * @param body the main text alone, without title, paragraphs separated by blank lines
 */
public record ExtractedPage(Extraction extraction, PageMetadata metadata, String body) {
  public ExtractedPage {
    Objects.requireNonNull(extraction);
    Objects.requireNonNull(metadata);
    Objects.requireNonNull(body);
  }

  /** The article, if there was one. */
  public Optional<Article> article() {
    return extraction.article();
  }
}
