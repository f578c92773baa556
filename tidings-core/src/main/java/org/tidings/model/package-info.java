/**
 * The document model: immutable records for an article and the annotations found in it.
 *
 * <p>Every annotation carries a {@link org.tidings.model.Span} of UTF-16 offsets into exactly one
 * {@link org.tidings.model.Article#text()}; an {@link org.tidings.model.Analysis} checks all of
 * them against that text when it is built, so a wrong offset fails fast where it was made.
 */
package org.tidings.model;
