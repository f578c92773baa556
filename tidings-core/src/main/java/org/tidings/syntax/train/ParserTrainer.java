package org.tidings.syntax.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tidings.syntax.DependencyParser;
import org.tidings.syntax.DependencyTree;
import org.tidings.syntax.ParseState;
import org.tidings.syntax.ParserFeatures;

/**
 * Trains a {@link DependencyParser} with the dynamic {@link Oracle}: the first epoch follows the
 * oracle, later ones mostly follow the model's own choices (exploration, fixed seed), learning to
 * recover from mistakes. Non-projective gold trees are lifted first.
 */
public final class ParserTrainer {
  private static final double EXPLORE = 0.9;

  private final int epochs;
  private final long seed;
  private final int maxTransitionRows;
  private final int maxRelationRows;
  private final Consumer<String> log;

  public ParserTrainer(
      int epochs, long seed, int maxTransitionRows, int maxRelationRows, Consumer<String> log) {
    this.epochs = epochs;
    this.seed = seed;
    this.maxTransitionRows = maxTransitionRows;
    this.maxRelationRows = maxRelationRows;
    this.log = log;
  }

  /**
   * @param tags the tags to train on, one list per sentence (predicted by a jack-knifed tagger, so
   *     that training sees the tagger's mistakes)
   * @param dev held-out sentences with their predicted tags, for progress reports; may be empty
   */
  public DependencyParser train(
      List<Treebank.Sentence> data,
      List<List<String>> tags,
      List<Treebank.Sentence> dev,
      List<List<String>> devTags) {
    TreeSet<String> names = new TreeSet<>();
    data.forEach(s -> names.addAll(s.relations()));
    names.add(DependencyParser.ROOT);
    List<String> relations = new ArrayList<>(names);
    int root = relations.indexOf(DependencyParser.ROOT);
    Perceptron transitions = new Perceptron(ParseState.TRANSITIONS);
    Perceptron labels = new Perceptron(relations);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    int[] keys = new int[ParserFeatures.MAX];
    float[] scores = new float[ParseState.TRANSITIONS.size()];
    float[] labelScores = new float[relations.size()];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, new Random(seed + epoch));
      long right = 0;
      long total = 0;
      for (int index : order) {
        Treebank.Sentence s = data.get(index);
        int n = s.size();
        int[] gold = new int[n];
        int[] goldLabels = new int[n];
        for (int i = 0; i < n; i++) {
          gold[i] = s.heads()[i] < 0 ? n : s.heads()[i];
          goldLabels[i] = relations.indexOf(s.relations().get(i));
        }
        gold = Projectivizer.lift(gold);
        ParseState state = new ParseState(n);
        ParserFeatures features = new ParserFeatures(s.words(), tags.get(index));
        while (!state.terminal()) {
          int count = features.transition(state, keys);
          transitions.score(keys, count, scores);
          int guess = DependencyParser.bestValid(state, scores);
          int best = Oracle.best(state, scores, gold);
          if (best >= 0 && Oracle.cost(state, guess, gold) > 0) {
            transitions.update(keys, count, best, guess);
          } else {
            best = guess;
          }
          transitions.tick();
          int next = epoch > 1 && random.nextDouble() < EXPLORE ? guess : best;
          int label = -1;
          if (next == ParseState.LEFT || next == ParseState.RIGHT) {
            int head = next == ParseState.LEFT ? state.front() : state.top();
            int dependent = next == ParseState.LEFT ? state.top() : state.front();
            if (head == n) {
              label = root;
            } else {
              int lc = features.label(state, head, dependent, keys);
              labels.score(keys, lc, labelScores);
              int predicted = DependencyParser.bestRelation(labelScores, root);
              if (gold[dependent] == head) {
                int truth = goldLabels[dependent];
                if (truth == root) {
                  truth = predicted; // a lifted arc's root label cannot be learnt here
                }
                labels.update(keys, lc, truth, predicted);
                labels.tick();
                right += predicted == truth ? 1 : 0;
                total++;
                label = truth;
              } else {
                label = predicted;
              }
            }
          }
          state.apply(next, label);
        }
      }
      String line =
          String.format(
              Locale.ROOT,
              "parser epoch %d label-train %.4f rows %d/%d",
              epoch,
              right / (double) Math.max(1, total),
              transitions.rows(),
              labels.rows());
      if (!dev.isEmpty()) {
        DependencyParser p =
            new DependencyParser(
                transitions.averaged(0, Integer.MAX_VALUE), labels.averaged(0, Integer.MAX_VALUE));
        double[] score = attachment(p, dev, devTags);
        line += String.format(Locale.ROOT, " dev UAS %.4f LAS %.4f", score[0], score[1]);
      }
      log.accept(line);
    }
    return new DependencyParser(
        transitions.averaged(0, maxTransitionRows), labels.averaged(0, maxRelationRows));
  }

  /** Unlabelled and labelled attachment scores, punctuation included. */
  public static double[] attachment(
      DependencyParser parser, List<Treebank.Sentence> data, List<List<String>> tags) {
    long heads = 0;
    long both = 0;
    long total = 0;
    for (int k = 0; k < data.size(); k++) {
      Treebank.Sentence s = data.get(k);
      DependencyTree t = parser.parse(s.words(), tags.get(k));
      for (int i = 0; i < s.size(); i++) {
        if (t.head(i) == s.heads()[i]) {
          heads++;
          if (baseOf(t.relation(i)).equals(baseOf(s.relations().get(i)))) {
            both++;
          }
        }
        total++;
      }
    }
    return new double[] {heads / (double) total, both / (double) total};
  }

  /** The relation without subtype, as the CoNLL 2018 LAS compares them. */
  public static String baseOf(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
