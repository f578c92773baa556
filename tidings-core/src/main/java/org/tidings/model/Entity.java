package org.tidings.model;

import java.util.Objects;

/**
 * A mention of a named thing.
 *
 * @param span where it stands
 * @param text the mention, as in the text
 * @param type what kind of thing it is
 * @param canonical the name shared by all mentions of this thing in the article ("Aliyev" gives
 *     "Ilham Aliyev")
 * @param country ISO 3166 alpha-3 code of the country it belongs to, or the empty string
 * @param role a role stated in the text or known from a gazetteer, a {@link Role} label ("head of
 *     state", "government", "military", "media"), or the empty string
 */
public record Entity(
    Span span, String text, EntityType type, String canonical, String country, String role)
    implements Annotation {
  public Entity {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(type);
    Objects.requireNonNull(canonical);
    Objects.requireNonNull(country);
    Objects.requireNonNull(role);
  }

  public Entity(Span span, String text, EntityType type, String canonical) {
    this(span, text, type, canonical, "", "");
  }
}
