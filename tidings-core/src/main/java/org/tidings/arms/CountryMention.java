package org.tidings.arms;

import java.util.Objects;
import org.tidings.model.Span;

/**
 * A word or entity that stands for a country in a sentence: its name, a demonym, its capital, or an
 * entity (a ministry, a president) the entity stage tied to it.
 *
 * @param span where it stands
 * @param iso3 ISO 3166 alpha-3 code
 * @param demonym true for adjectives and nouns of nationality ("Russian"), which often name where
 *     weapons come from rather than who deals in them
 * @param made true when followed by "-made", "-built" and the like: it names the producer
 */
record CountryMention(Span span, String iso3, boolean demonym, boolean made) {
  CountryMention {
    Objects.requireNonNull(span);
    Objects.requireNonNull(iso3);
  }
}
