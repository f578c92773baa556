package org.tidings.events;

/**
 * An actor named in a sentence.
 *
 * @param first index of its first token in the sentence
 * @param end index after its last token
 * @param code CAMEO actor code ("AZEGOV", "RUS"), or the empty string while a pronoun is unresolved
 * @param person whether it names one person (so "he" may later point back to it)
 * @param modifier whether it is a nationality word modifying a noun ("Armenian criticism")
 * @param pronoun whether it is a pronoun ("he")
 */
record ActorMention(
    int first, int end, String code, boolean person, boolean modifier, boolean pronoun) {

  ActorMention withCode(String c) {
    return new ActorMention(first, end, c, person, modifier, pronoun);
  }
}
