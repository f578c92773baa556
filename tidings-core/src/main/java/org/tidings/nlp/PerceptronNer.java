package org.tidings.nlp;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.tidings.model.EntityType;

/**
 * A linear-chain name tagger: an averaged structured perceptron over {@link NerFeatures}, decoded
 * with Viterbi under BIO constraints. Trained by {@code org.tidings.nlp.train.NerTrainer}; the
 * model file holds only feature hashes and weights. Immutable and thread-safe.
 */
public final class PerceptronNer implements NerModel {
  /** The bundled English model. */
  public static final String RESOURCE = "ner-en.bin";

  private static final int MAGIC = 0x544e4552; // "TNER"
  private final NerFeatures features;
  private final List<String> labels;
  private final HashIndex index;
  private final float[] weights; // row * labels + label
  private final float[] transitions; // (from + 1) * labels + to; from = -1 is the sentence start
  private final boolean[] allowed;
  private final boolean[] finals;

  public PerceptronNer(
      NerFeatures features,
      List<String> labels,
      HashIndex index,
      float[] weights,
      float[] transitions) {
    this.features = Objects.requireNonNull(features);
    this.labels = List.copyOf(labels);
    this.index = Objects.requireNonNull(index);
    this.weights = weights;
    this.transitions = transitions;
    this.allowed = allowedTransitions(this.labels);
    this.finals = finalLabels(this.labels);
    if (weights.length != index.size() * labels.size()
        || transitions.length != (labels.size() + 1) * labels.size()) {
      throw new IllegalArgumentException("weights do not fit the labels and index");
    }
  }

  /** The bundled model, reading features with {@code lexicon}. */
  public static PerceptronNer standard(EntityLexicon lexicon) {
    try (InputStream in = PerceptronNer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      return read(in, new NerFeatures(lexicon));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The mean of several models with the same labels and features (say, trained with different
   * seeds): each feature's weights and every transition score averaged, a feature missing from a
   * model counting as zero there. Like bagging, it smooths out the order the trainer saw the data
   * in.
   */
  public static PerceptronNer mean(List<PerceptronNer> models) {
    PerceptronNer first = models.get(0);
    int n = first.labels.size();
    HashIndex union = new HashIndex(first.index.size());
    for (PerceptronNer m : models) {
      if (!m.labels.equals(first.labels) || m.features != first.features) {
        throw new IllegalArgumentException("models differ in labels or features");
      }
      for (int key : m.index.keysByRow()) {
        union.add(key);
      }
    }
    float[] weights = new float[union.size() * n];
    float[] transitions = new float[first.transitions.length];
    for (PerceptronNer m : models) {
      int[] keys = m.index.keysByRow();
      for (int r = 0; r < keys.length; r++) {
        int row = union.get(keys[r]);
        for (int y = 0; y < n; y++) {
          weights[row * n + y] += m.weights[r * n + y] / models.size();
        }
      }
      for (int t = 0; t < transitions.length; t++) {
        transitions[t] += m.transitions[t] / models.size();
      }
    }
    return new PerceptronNer(first.features, first.labels, union, weights, transitions);
  }

  public List<String> labels() {
    return labels;
  }

  @Override
  public List<List<Chunk>> chunks(List<List<String>> document) {
    List<List<Chunk>> out = new ArrayList<>(document.size());
    for (int[] tags : tags(document)) {
      out.add(chunks(tags));
    }
    return out;
  }

  /** The BIO label of every word of every sentence of a document. */
  public List<List<String>> tagDocument(List<List<String>> document) {
    List<List<String>> out = new ArrayList<>(document.size());
    for (int[] tags : tags(document)) {
      out.add(names(tags));
    }
    return out;
  }

  /** Tags sentence by sentence, each seeing the labels given to its words earlier on. */
  private List<int[]> tags(List<List<String>> document) {
    int[][][] f = features.of(document);
    NerFeatures.History history = new NerFeatures.History();
    List<int[]> out = new ArrayList<>(document.size());
    for (int s = 0; s < f.length; s++) {
      int[] tags = tag(features.withHistory(document.get(s), f[s], history));
      history.record(document.get(s), names(tags));
      out.add(tags);
    }
    return out;
  }

  /** Label names as BIO: a BILOU model's "U-X" becomes "B-X" and "L-X" becomes "I-X". */
  private List<String> names(int[] tags) {
    List<String> out = new ArrayList<>(tags.length);
    for (int y : tags) {
      out.add(bio(labels.get(y)));
    }
    return out;
  }

  private static String bio(String label) {
    if (label.startsWith("U-")) {
      return "B-" + label.substring(2);
    }
    if (label.startsWith("L-")) {
      return "I-" + label.substring(2);
    }
    return label;
  }

  private int[] tag(int[][] f) {
    if (f.length == 0) {
      return new int[0];
    }
    int n = labels.size();
    float[][] emission = new float[f.length][n];
    for (int i = 0; i < f.length; i++) {
      for (int h : f[i]) {
        int row = index.get(h);
        if (row >= 0) {
          int base = row * n;
          for (int y = 0; y < n; y++) {
            emission[i][y] += weights[base + y];
          }
        }
      }
    }
    return viterbi(emission, transitions, allowed, finals);
  }

  /** Chunks of a BIO label sequence. */
  private List<Chunk> chunks(int[] tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String label = i < tags.length ? bio(labels.get(tags[i])) : "O";
      boolean inside = label.startsWith("I-") && label.substring(2).equals(type);
      if (start >= 0 && !inside) {
        out.add(new Chunk(start, i - 1, type(type)));
        start = -1;
        type = null;
      }
      if (label.startsWith("B-") || (label.startsWith("I-") && start < 0)) {
        start = i;
        type = label.substring(2);
      }
    }
    return out;
  }

  private static EntityType type(String conll) {
    return switch (conll) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORG;
      case "LOC" -> EntityType.LOC;
      default -> EntityType.MISC;
    };
  }

  /**
   * Which label may follow which, index (from + 1) * n + to, from -1 the sentence start. BIO: "I-X"
   * only after "B-X" or "I-X". BILOU also: after "B-X" or "I-X" only "I-X" or "L-X".
   */
  public static boolean[] allowedTransitions(List<String> labels) {
    int n = labels.size();
    boolean bilou = labels.stream().anyMatch(l -> l.startsWith("L-"));
    boolean[] ok = new boolean[(n + 1) * n];
    for (int from = -1; from < n; from++) {
      String f = from < 0 ? "O" : labels.get(from);
      for (int to = 0; to < n; to++) {
        String t = labels.get(to);
        boolean continues = t.startsWith("I-") || t.startsWith("L-");
        boolean open = bilou && (f.startsWith("B-") || f.startsWith("I-"));
        boolean fine;
        if (continues) {
          fine =
              (f.startsWith("B-") || f.startsWith("I-")) && f.substring(2).equals(t.substring(2));
        } else {
          fine = !open;
        }
        ok[(from + 1) * n + to] = fine;
      }
    }
    return ok;
  }

  /** Which labels may end a sentence: in BILOU, not "B-X" or "I-X". */
  public static boolean[] finalLabels(List<String> labels) {
    boolean bilou = labels.stream().anyMatch(l -> l.startsWith("L-"));
    boolean[] out = new boolean[labels.size()];
    for (int y = 0; y < out.length; y++) {
      String l = labels.get(y);
      out[y] = !bilou || !(l.startsWith("B-") || l.startsWith("I-"));
    }
    return out;
  }

  /** The best label sequence under emission and transition scores. */
  public static int[] viterbi(
      float[][] emission, float[] transitions, boolean[] allowed, boolean[] finals) {
    int len = emission.length;
    int n = emission[0].length;
    float[][] score = new float[len][n];
    int[][] back = new int[len][n];
    for (int y = 0; y < n; y++) {
      score[0][y] = allowed[y] ? emission[0][y] + transitions[y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < len; i++) {
      for (int y = 0; y < n; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < n; p++) {
          int t = (p + 1) * n + y;
          if (!allowed[t]) {
            continue;
          }
          float s = score[i - 1][p] + transitions[t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i][y] = best + emission[i][y];
        back[i][y] = arg;
      }
    }
    int bestY = 0;
    for (int y = 1; y < n; y++) {
      if (finals[y] && score[len - 1][y] > score[len - 1][bestY]) {
        bestY = y;
      }
    }
    int[] out = new int[len];
    out[len - 1] = bestY;
    for (int i = len - 1; i > 0; i--) {
      out[i - 1] = back[i][out[i]];
    }
    return out;
  }

  /**
   * Writes the model: labels, then for each feature its hash and its non-zero weights quantised to
   * 16 bits, then the transition scores; gzip-compressed. Weights below {@code minWeight} (after
   * scaling to the largest) are dropped, and so are features left with none.
   */
  public void write(OutputStream out, float minWeight) throws IOException {
    int n = labels.size();
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    int[] keys = index.keysByRow();
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(NerFeatures.VERSION);
    d.writeInt(features.clusters().fingerprint());
    d.writeInt(n);
    for (String l : labels) {
      d.writeUTF(l);
    }
    d.writeFloat(scale);
    int kept = 0;
    for (int r = 0; r < keys.length; r++) {
      if (nonZero(r, n, minWeight * max) > 0) {
        kept++;
      }
    }
    d.writeInt(kept);
    for (int r = 0; r < keys.length; r++) {
      int nz = nonZero(r, n, minWeight * max);
      if (nz == 0) {
        continue;
      }
      d.writeInt(keys[r]);
      d.writeByte(nz);
      for (int y = 0; y < n; y++) {
        float w = weights[r * n + y];
        if (Math.abs(w) > minWeight * max) {
          d.writeByte(y);
          d.writeShort(Math.round(w / scale));
        }
      }
    }
    for (float t : transitions) {
      d.writeFloat(t);
    }
    d.flush();
    gz.finish();
  }

  private int nonZero(int row, int n, float min) {
    int nz = 0;
    for (int y = 0; y < n; y++) {
      if (Math.abs(weights[row * n + y]) > min) {
        nz++;
      }
    }
    return nz;
  }

  /** Reads a model written by {@link #write}, all at once from memory. */
  public static PerceptronNer read(InputStream in, NerFeatures features) throws IOException {
    ByteBuffer b;
    try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
      b = ByteBuffer.wrap(gz.readAllBytes()); // big-endian, as DataOutputStream wrote it
    }
    try {
      if (b.getInt() != MAGIC) {
        throw new IOException("not a Tidings NER model");
      }
      int version = b.getInt();
      if (version != NerFeatures.VERSION) {
        throw new IOException(
            "model has feature version " + version + ", code has " + NerFeatures.VERSION);
      }
      int clusters = b.getInt();
      if (clusters != features.clusters().fingerprint()) {
        throw new IOException("model was trained with other word classes than these features have");
      }
      int n = b.getInt();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byte[] utf = new byte[b.getShort() & 0xffff];
        b.get(utf);
        labels.add(new String(utf, StandardCharsets.UTF_8));
      }
      float scale = b.getFloat();
      int rows = b.getInt();
      HashIndex index = new HashIndex(rows);
      float[] weights = new float[rows * n];
      for (int r = 0; r < rows; r++) {
        int row = index.add(b.getInt());
        int nz = b.get() & 0xff;
        for (int k = 0; k < nz; k++) {
          int y = b.get() & 0xff;
          weights[row * n + y] = b.getShort() * scale;
        }
      }
      float[] transitions = new float[(n + 1) * n];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = b.getFloat();
      }
      return new PerceptronNer(features, labels, index, weights, transitions);
    } catch (BufferUnderflowException e) {
      throw new IOException("truncated NER model", e);
    }
  }
}
