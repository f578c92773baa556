/**
 * PETRARCH2 dictionaries, so users can code with dictionaries they already have: verb patterns
 * ({@link org.tidings.events.petrarch.PetrarchVerbs}: synsets, verb blocks, patterns, {@code [a:b]}
 * paired codes), actors with date-restricted codes ({@link
 * org.tidings.events.petrarch.PetrarchActors}), agents ({@link
 * org.tidings.events.petrarch.PetrarchAgents}), discards ({@link
 * org.tidings.events.petrarch.PetrarchDiscards}) and issues ({@link
 * org.tidings.events.petrarch.PetrarchIssues}). Readers never throw on a bad dictionary line: it
 * becomes a {@link org.tidings.model.Diagnostic} naming file and line, and the line is skipped.
 *
 * <p>{@link org.tidings.events.petrarch.TreeCoder} codes a sentence from a Penn Treebank parse with
 * such dictionaries, the way PETRARCH2's unit tests expect. {@link
 * org.tidings.events.petrarch.SentenceParser} gives it trees from raw text: Tidings' own tagger and
 * dependency parser, general repairs of common parser mistakes ({@code TreeRepairs}), and {@link
 * org.tidings.events.petrarch.TreeBuilder}, which converts the dependency tree into the Penn
 * constituency tree PETRARCH reads.
 */
package org.tidings.events.petrarch;
