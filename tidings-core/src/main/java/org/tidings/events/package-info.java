/**
 * Who did what to whom: CAMEO actors and events coded from sentences.
 *
 * <p>{@link org.tidings.events.EventCoder} is the stage; it runs after tokens, entities and time
 * expressions. Its knowledge is data under {@code org/tidings/events/}: {@code cameo-codes.tsv}
 * (every CAMEO code with Goldstein value, QuadClass and PLOVER category, read by {@link
 * org.tidings.events.Codebook}), {@code verbs.tsv} (verb and event-noun patterns, read by {@link
 * org.tidings.events.VerbDictionary}), {@code actors.tsv}, {@code grammar.tsv}, {@code lemmas.tsv}
 * and {@code intent-codes.tsv} (read by {@link org.tidings.events.Lexicon}). GDELT files are in
 * {@code org.tidings.events.gdelt}, PETRARCH2 dictionaries in {@code org.tidings.events.petrarch}.
 */
package org.tidings.events;
