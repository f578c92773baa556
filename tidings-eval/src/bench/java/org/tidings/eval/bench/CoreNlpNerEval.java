package org.tidings.eval.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.tidings.eval.SharedData;
import org.tidings.eval.nlp.NerCorpus;
import org.tidings.eval.nlp.NerScore;
import org.tidings.nlp.train.NerTrainer.Example;

/**
 * CoNLL-2003 test F1 of CoreNLP's statistical NER, scored exactly as {@code NerEval} scores the
 * Tidings tagger (exact span and type, {@link NerScore}), with the gold tokens and sentences given
 * to CoreNLP (whitespace tokens, a sentence a line) and one article per annotation.
 *
 * <p>Two configurations: the CRF-only pipeline of {@link NlpBenchmark} (CoreNLP's default three
 * CRFs combined), and its CoNLL 4-class CRF alone. CoreNLP's per-token tags (PERSON, LOCATION, ...)
 * become IOB2 chunks of adjacent equal tags; types outside PER/ORG/LOC/MISC are dropped.
 */
public final class CoreNlpNerEval {
  private static final Map<String, String> TYPES =
      Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

  private CoreNlpNerEval() {}

  /** Runs on its own: {@code java ... org.tidings.eval.bench.CoreNlpNerEval}, as NlpBenchmark. */
  public static void main(String[] args) throws IOException {
    run(SharedData.root());
  }

  static void run(Path shared) throws IOException {
    List<List<Example>> docs =
        NerCorpus.articles(NerCorpus.conll(shared.resolve("data/nlp/conll2003/test.txt")));
    Properties combined = NlpBenchmark.crfOnly();
    Properties conll = NlpBenchmark.crfOnly();
    conll.setProperty(
        "ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    for (Properties p : List.of(combined, conll)) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
      System.out.println(
          "\nCoreNLP " + p.getProperty("ner.model", "default CRFs") + " on CoNLL-2003 test");
      System.out.print(score(new StanfordCoreNLP(p), docs).report());
    }
  }

  private static NerScore score(StanfordCoreNLP pipeline, List<List<Example>> docs) {
    NerScore s = new NerScore(Set.of("PER", "ORG", "LOC", "MISC"));
    for (List<Example> doc : docs) {
      StringBuilder b = new StringBuilder();
      for (Example e : doc) {
        b.append(String.join(" ", e.words())).append('\n');
      }
      Annotation a = new Annotation(b.toString());
      pipeline.annotate(a);
      List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
      int k = 0;
      for (Example e : doc) {
        List<String> predicted = new ArrayList<>();
        String previous = "O";
        for (int i = 0; i < e.words().size(); i++, k++) {
          String type = TYPES.getOrDefault(tokens.get(k).ner(), "O");
          predicted.add(type.equals("O") ? "O" : (type.equals(previous) ? "I-" : "B-") + type);
          previous = type;
        }
        s.add(e.labels(), predicted);
      }
      if (k != tokens.size()) {
        throw new IllegalStateException(
            "CoreNLP split the gold tokens: " + k + " vs " + tokens.size());
      }
    }
    return s;
  }
}
