package org.tidings.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A greedy left-to-right part-of-speech tagger: an averaged perceptron over {@link TaggerFeatures},
 * with a dictionary of frequent words that always take the same tag. Immutable and thread-safe.
 */
public final class Tagger {
  private final WeightTable weights;
  private final Map<String, Integer> fixed;

  /**
   * @param weights the classifier; its classes are the tags
   * @param fixed words (normalised, case kept) that always take one tag, to the tag's class
   */
  public Tagger(WeightTable weights, Map<String, Integer> fixed) {
    this.weights = Objects.requireNonNull(weights);
    this.fixed = Map.copyOf(fixed);
  }

  /** The tags this tagger gives, by class number. */
  public List<String> tags() {
    return weights.classes();
  }

  /** The tags of a sentence's words. */
  public List<String> tag(List<String> words) {
    int[] classes = classes(words);
    List<String> out = new ArrayList<>(classes.length);
    for (int c : classes) {
      out.add(weights.classes().get(c));
    }
    return out;
  }

  /** The tag classes of a sentence's words. */
  public int[] classes(List<String> words) {
    TaggerFeatures features = new TaggerFeatures(words);
    int[] out = new int[words.size()];
    int[] keys = new int[TaggerFeatures.MAX];
    int[] scratch = new int[TaggerFeatures.MAX + 1];
    float[] scores = new float[weights.classCount()];
    int prev1 = -1;
    int prev2 = -1;
    for (int i = 0; i < out.length; i++) {
      Integer known = fixed.get(WordForms.normal(words.get(i)));
      int best;
      if (known != null) {
        best = known;
      } else {
        Arrays.fill(scores, 0f);
        weights.score(keys, features.extract(i, prev1, prev2, keys), scores, scratch);
        best = argmax(scores);
      }
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
    return out;
  }

  static int argmax(float[] scores) {
    int best = 0;
    for (int k = 1; k < scores.length; k++) {
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    return best;
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeUTF("tagger");
    weights.write(out);
    out.writeInt(fixed.size());
    for (Map.Entry<String, Integer> e :
        fixed.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
  }

  public static Tagger read(DataInputStream in) throws IOException {
    if (!in.readUTF().equals("tagger")) {
      throw new IOException("not a tagger model");
    }
    WeightTable weights = WeightTable.read(in);
    int n = in.readInt();
    Map<String, Integer> fixed = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String word = in.readUTF();
      fixed.put(word, in.readUnsignedByte());
    }
    return new Tagger(weights, fixed);
  }
}
