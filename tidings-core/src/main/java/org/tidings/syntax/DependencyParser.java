package org.tidings.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A greedy arc-eager dependency parser: one averaged perceptron chooses each transition and a
 * second names the relation of each arc as it is made. Immutable and thread-safe.
 */
public final class DependencyParser {
  /** The relation of the word the root governs. */
  public static final String ROOT = "root";

  private final WeightTable transitions;
  private final WeightTable relations;
  private final int rootRelation;

  /**
   * @param transitions classifier over {@link ParseState#TRANSITIONS}
   * @param relations classifier over relation names, one of which is {@link #ROOT}
   */
  public DependencyParser(WeightTable transitions, WeightTable relations) {
    this.transitions = Objects.requireNonNull(transitions);
    this.relations = Objects.requireNonNull(relations);
    if (!transitions.classes().equals(ParseState.TRANSITIONS)) {
      throw new IllegalArgumentException("transition classes " + transitions.classes());
    }
    rootRelation = relations.classes().indexOf(ROOT);
    if (rootRelation < 0) {
      throw new IllegalArgumentException("no root relation in " + relations.classes());
    }
  }

  public List<String> relationNames() {
    return relations.classes();
  }

  /** Parses one tagged sentence. */
  public DependencyTree parse(List<String> words, List<String> tags) {
    int n = words.size();
    if (tags.size() != n) {
      throw new IllegalArgumentException(n + " words but " + tags.size() + " tags");
    }
    ParseState state = new ParseState(n);
    ParserFeatures features = new ParserFeatures(words, tags);
    int[] keys = new int[ParserFeatures.MAX];
    int[] scratch = new int[ParserFeatures.MAX + 1];
    float[] scores = new float[ParseState.TRANSITIONS.size()];
    float[] relationScores = new float[relations.classCount()];
    while (!state.terminal()) {
      int best = onlyValid(state);
      if (best < 0) {
        Arrays.fill(scores, 0f);
        transitions.score(keys, features.transition(state, keys), scores, scratch);
        best = bestValid(state, scores);
      }
      int relation = -1;
      if (best == ParseState.LEFT) {
        relation =
            relation(state, features, state.front(), state.top(), keys, scratch, relationScores);
      } else if (best == ParseState.RIGHT) {
        relation =
            relation(state, features, state.top(), state.front(), keys, scratch, relationScores);
      }
      state.apply(best, relation);
    }
    return tree(words, tags, state);
  }

  /** The one transition the state allows, or -1 when it allows several (then the model decides). */
  static int onlyValid(ParseState state) {
    int only = -1;
    for (int t = 0; t < ParseState.TRANSITIONS.size(); t++) {
      if (state.valid(t)) {
        if (only >= 0) {
          return -1;
        }
        only = t;
      }
    }
    return only;
  }

  /** The highest-scoring transition the state allows. */
  public static int bestValid(ParseState state, float[] scores) {
    int best = -1;
    for (int t = 0; t < scores.length; t++) {
      if (state.valid(t) && (best < 0 || scores[t] > scores[best])) {
        best = t;
      }
    }
    return best;
  }

  /** The relation class for an arc from {@code head} to {@code dependent}. */
  int relation(
      ParseState state,
      ParserFeatures features,
      int head,
      int dependent,
      int[] keys,
      int[] scratch,
      float[] scores) {
    if (head == state.size()) {
      return rootRelation;
    }
    Arrays.fill(scores, 0f);
    relations.score(keys, features.label(state, head, dependent, keys), scores, scratch);
    return bestRelation(scores, rootRelation);
  }

  /** The best relation other than the root's. */
  public static int bestRelation(float[] scores, int rootRelation) {
    int best = -1;
    for (int k = 0; k < scores.length; k++) {
      if (k != rootRelation && (best < 0 || scores[k] > scores[best])) {
        best = k;
      }
    }
    return best;
  }

  /**
   * The tree a finished parse made. Should several words hang from the root, the first keeps it and
   * the others become its {@code parataxis} dependents, so that every tree has one root.
   */
  private DependencyTree tree(List<String> words, List<String> tags, ParseState state) {
    int n = words.size();
    List<Integer> heads = new ArrayList<>(n);
    List<String> names = new ArrayList<>(n);
    int root = -1;
    for (int i = 0; i < n; i++) {
      int head = state.head(i);
      String name = relations.classes().get(state.label(i));
      if (head == n) {
        if (root < 0) {
          root = i;
          head = -1;
        } else {
          head = root;
          name = "parataxis";
        }
      }
      heads.add(head);
      names.add(name);
    }
    return new DependencyTree(words, tags, heads, names);
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeUTF("parser");
    transitions.write(out);
    relations.write(out);
  }

  public static DependencyParser read(DataInputStream in) throws IOException {
    if (!in.readUTF().equals("parser")) {
      throw new IOException("not a parser model");
    }
    return new DependencyParser(WeightTable.read(in), WeightTable.read(in));
  }
}
