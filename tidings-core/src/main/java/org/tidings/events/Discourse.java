package org.tidings.events;

import java.util.HashMap;
import java.util.Map;

/**
 * What the coder remembers from one sentence to the next within one article: the people named so
 * far and who was last the subject. One instance per article; never shared.
 */
final class Discourse {
  /** Names of people ("ilham aliyev", "aliyev") to their actor codes. */
  final Map<String, String> names = new HashMap<>();

  /** Code of the last person who was a sentence subject, for "he" and "she". */
  String lastSubjectPerson = "";

  /** Code of the last person named anywhere. */
  String lastPerson = "";

  /** Code of the last group named ("Armenian leaders"), for "they". */
  String lastGroup = "";

  /** Code of the previous sentence's first subject, for "those deals" and the like. */
  String previousSubject = "";

  String person() {
    return lastSubjectPerson.isEmpty() ? lastPerson : lastSubjectPerson;
  }
}
