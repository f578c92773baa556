package org.tidings.nlp;

import org.tidings.model.EntityType;

/**
 * A name found while recognising entities, before names are resolved across the article.
 *
 * @param first index of its first token in the analysis
 * @param last index of its last token, inclusive
 * @param start first char offset
 * @param end char offset after it (before a possessive "'s")
 * @param type what it names
 * @param canonical the name it stands for, or the empty string when its text is the name
 * @param country ISO alpha-3 code, or the empty string
 * @param role CAMEO role code, or the empty string
 * @param stated true when country or role were stated next to it in the text ("Azerbaijani
 *     President ..."), not only known from a list
 */
record Mention(
    int first,
    int last,
    int start,
    int end,
    EntityType type,
    String canonical,
    String country,
    String role,
    boolean stated) {

  Mention withAttributes(String country, String role, boolean stated) {
    return new Mention(first, last, start, end, type, canonical, country, role, stated);
  }

  Mention withCanonical(String canonical) {
    return new Mention(first, last, start, end, type, canonical, country, role, stated);
  }

  Mention withType(EntityType type) {
    return new Mention(first, last, start, end, type, canonical, country, role, stated);
  }
}
