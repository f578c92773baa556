package org.tidings.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Which analyzer indexes which language. Each language has its own pair of fields ({@code
 * title_en}, {@code text_en}) so that stemming matches the text; languages without a stemmer here,
 * and unknown ones, go to {@code title_std}/{@code text_std} with the plain {@link
 * StandardAnalyzer} (Unicode word breaks, lower-casing, no stop words). A query is parsed against
 * every pair, each with its own analyzer.
 */
final class LanguageAnalyzers {
  static final String OTHER = "std";

  private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = new LinkedHashMap<>();

  static {
    BY_LANGUAGE.put("en", EnglishAnalyzer::new);
    BY_LANGUAGE.put("de", GermanAnalyzer::new);
    BY_LANGUAGE.put("fr", FrenchAnalyzer::new);
    BY_LANGUAGE.put("es", SpanishAnalyzer::new);
    BY_LANGUAGE.put("it", ItalianAnalyzer::new);
    BY_LANGUAGE.put("pt", PortugueseAnalyzer::new);
    BY_LANGUAGE.put("nl", DutchAnalyzer::new);
    BY_LANGUAGE.put("ru", RussianAnalyzer::new);
    BY_LANGUAGE.put(OTHER, StandardAnalyzer::new);
  }

  private LanguageAnalyzers() {}

  /** The field suffix for an ISO 639-1 language code. */
  static String suffix(String language) {
    String lang = language.toLowerCase(Locale.ROOT);
    return BY_LANGUAGE.containsKey(lang) ? lang : OTHER;
  }

  static String titleField(String suffix) {
    return "title_" + suffix;
  }

  static String textField(String suffix) {
    return "text_" + suffix;
  }

  static List<String> titleFields() {
    return BY_LANGUAGE.keySet().stream().map(LanguageAnalyzers::titleField).toList();
  }

  static List<String> textFields() {
    return BY_LANGUAGE.keySet().stream().map(LanguageAnalyzers::textField).toList();
  }

  /** One analyzer that analyzes each language field with its language's analyzer. */
  static Analyzer perField() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (Map.Entry<String, Supplier<Analyzer>> e : BY_LANGUAGE.entrySet()) {
      Analyzer a = e.getValue().get();
      fields.put(titleField(e.getKey()), a);
      fields.put(textField(e.getKey()), a);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
  }
}
