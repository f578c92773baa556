package org.tidings.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tidings.syntax.DependencyTree;
import org.tidings.syntax.SyntaxParser;

/**
 * Parses a sentence's words into the Penn tree {@link TreeCoder} reads, with Tidings' own tagger
 * and dependency parser and {@link TreeBuilder}. The coder's dictionaries help where a tagger
 * trained on everyday English cannot: capitalised words the actor dictionary names are proper nouns
 * ("Fornost and Gondor welcomed", not an adverb "Fornost"), and a preposition right after a verb
 * that the verb dictionary knows as a phrasal verb with it is the verb's particle ("cordoned off
 * the roads"). Immutable and thread-safe.
 */
public final class SentenceParser {
  /** Tags the tagger is trusted with even on a name the actor dictionary knows. */
  private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "NUM");

  private final SyntaxParser syntax;
  private final TreeBuilder builder;
  private final PetrarchActors actors;
  private final PetrarchVerbs verbs;

  public SentenceParser(
      SyntaxParser syntax, TreeBuilder builder, PetrarchActors actors, PetrarchVerbs verbs) {
    this.syntax = Objects.requireNonNull(syntax);
    this.builder = Objects.requireNonNull(builder);
    this.actors = Objects.requireNonNull(actors);
    this.verbs = Objects.requireNonNull(verbs);
  }

  /** The Penn tree of one sentence given as words. */
  public ParseTree parse(List<String> words) {
    return builder.build(dependencies(words));
  }

  /** The dependency tree the Penn tree is built from, with the dictionaries' corrections. */
  public DependencyTree dependencies(List<String> words) {
    List<String> upper = new ArrayList<>(words.size());
    for (String w : words) {
      upper.add(w.toUpperCase(Locale.ROOT));
    }
    List<String> tags = new ArrayList<>(syntax.tagger().tag(words));
    for (int i = 0; i < words.size(); i++) {
      Optional<Map.Entry<PetrarchActors.Actor, Integer>> a = actors.longestAt(upper, i);
      if (a.isEmpty()) {
        continue;
      }
      int end = i + a.get().getValue();
      for (int j = i; j < end; j++) {
        if (Character.isUpperCase(words.get(j).codePointAt(0))
            && !NAME_TAGS.contains(tags.get(j))) {
          tags.set(j, "PROPN");
        }
      }
      i = end - 1;
    }
    return particles(syntax.parseTagged(words, tags), upper);
  }

  /** Makes a preposition right after a verb its particle when the verb dictionary says so. */
  private DependencyTree particles(DependencyTree t, List<String> upper) {
    List<Integer> heads = new ArrayList<>(t.heads());
    List<String> relations = new ArrayList<>(t.relations());
    List<String> tags = new ArrayList<>(t.tags());
    boolean changed = false;
    for (int i = 0; i + 1 < t.size(); i++) {
      int p = i + 1;
      if (t.tag(i).equals("VERB")
          && t.tag(p).equals("ADP")
          && t.baseRelation(p).equals("case")
          && t.head(p) > p
          && !verbs.verbs(upper.get(i) + " " + upper.get(p)).isEmpty()) {
        int object = t.head(p);
        heads.set(p, i);
        relations.set(p, "compound:prt");
        if (t.head(object) == i && t.baseRelation(object).equals("obl")) {
          relations.set(object, "obj"); // "cordoned off the roads": the roads are the object
        }
        changed = true;
      }
    }
    return changed ? new DependencyTree(t.words(), tags, heads, relations) : t;
  }
}
