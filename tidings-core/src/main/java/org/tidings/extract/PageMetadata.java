package org.tidings.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about itself, beyond its text.
 *
 * @param title headline, site name stripped, or the empty string
 * @param published publication date, empty when the page does not state one
 * @param authors bylines, possibly none
 * @param siteName the publisher's name, or the empty string
 * @param canonicalUrl the page's canonical URL, else the URL it was served from, or ""
 * @param language ISO 639-1 code, or "und"
 */
public record PageMetadata(
    String title,
    Optional<LocalDate> published,
    List<String> authors,
    String siteName,
    String canonicalUrl,
    String language) {

  public PageMetadata {
    Objects.requireNonNull(title);
    Objects.requireNonNull(published);
    authors = List.copyOf(authors);
    Objects.requireNonNull(siteName);
    Objects.requireNonNull(canonicalUrl);
    Objects.requireNonNull(language);
  }

  /** Nothing known. */
  public static PageMetadata empty() {
    return new PageMetadata("", Optional.empty(), List.of(), "", "", "und");
  }
}
