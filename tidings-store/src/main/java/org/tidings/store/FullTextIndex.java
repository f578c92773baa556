package org.tidings.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tidings.model.Article;
import org.tidings.store.Store.ArticleSummary;
import org.tidings.store.Store.SearchHit;

/**
 * The Lucene full-text index of articles, one document per article id. The commit user data holds
 * {@link #MARK}: the store sequence number up to which every article is known to be indexed, so
 * that opening the store can re-index what a crash lost.
 */
final class FullTextIndex implements Closeable {
  static final String MARK = "tidings.indexedThroughSeq";
  private static final int SNIPPET_CHARS = 160;
  private static final int HIGHLIGHT_MAX_CHARS = 200_000;

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  FullTextIndex(Path path, double ramBufferMb) throws IOException {
    directory = FSDirectory.open(path);
    analyzer = LanguageAnalyzers.perField();
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(ramBufferMb);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    writer = new IndexWriter(directory, config);
    searchers = new SearcherManager(writer, null);
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The sequence number recorded by the last commit, or 0 for a new or unmarked index. */
  long committedMark() {
    Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : liveData();
    String mark = data.get(MARK);
    return mark == null ? 0 : Long.parseLong(mark);
  }

  private Map<String, String> liveData() {
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    return data;
  }

  /** Adds or replaces the document of one article. Not visible to search until a refresh. */
  void put(Article a, long seq) throws IOException {
    String suffix = LanguageAnalyzers.suffix(a.language());
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new StoredField("seq", seq));
    d.add(new StoredField("source", a.source()));
    d.add(new StoredField("title", a.title()));
    d.add(new StoredField("published", a.published().map(Object::toString).orElse("")));
    d.add(new StoredField("language", a.language()));
    d.add(new TextField(LanguageAnalyzers.titleField(suffix), a.title(), Field.Store.NO));
    d.add(new Field(LanguageAnalyzers.textField(suffix), a.text(), TEXT_WITH_OFFSETS));
    writer.updateDocument(new Term("id", a.id()), d);
  }

  /** Makes everything added so far durable, recording that all up to {@code mark} is indexed. */
  void commit(long mark) throws IOException {
    writer.setLiveCommitData(Map.of(MARK, Long.toString(mark)).entrySet());
    writer.commit();
  }

  /** Drops every document. */
  void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes everything added so far visible to search. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Parses a query in Lucene syntax against every language's title and text fields. */
  Query parse(String query) {
    List<String> fields = new ArrayList<>();
    Map<String, Float> boosts = new HashMap<>();
    for (String f : LanguageAnalyzers.titleFields()) {
      fields.add(f);
      boosts.put(f, 2f);
    }
    for (String f : LanguageAnalyzers.textFields()) {
      fields.add(f);
      boosts.put(f, 1f);
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("bad search query '" + query + "': " + firstLine(e), e);
    }
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The best matches, each with a highlighted, HTML-escaped snippet. */
  List<SearchHit> search(String queryText, int limit) throws IOException {
    Query query = parse(queryText);
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, limit);
      if (top.scoreDocs.length == 0) {
        return List.of();
      }
      String[] fields = LanguageAnalyzers.textFields().toArray(String[]::new);
      int[] passages = new int[fields.length];
      Arrays.fill(passages, 2);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
              .withBreakIterator(
                  () ->
                      LengthGoalBreakIterator.createClosestToLength(
                          BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.3f))
              .withMaxLength(HIGHLIGHT_MAX_CHARS)
              .build();
      Map<String, String[]> snippets = highlighter.highlightFields(fields, query, top, passages);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = searcher.storedFields().document(sd.doc);
        hits.add(new SearchHit(summary(d), sd.score, snippet(snippets, i)));
      }
      return hits;
    } finally {
      searchers.release(searcher);
    }
  }

  private static String snippet(Map<String, String[]> snippets, int i) {
    for (String[] perDoc : snippets.values()) {
      if (perDoc[i] != null && !perDoc[i].isBlank()) {
        return perDoc[i].strip();
      }
    }
    return "";
  }

  private static ArticleSummary summary(Document d) {
    String published = d.get("published");
    return new ArticleSummary(
        d.get("id"),
        d.get("source"),
        d.get("title"),
        published == null || published.isEmpty()
            ? Optional.empty()
            : Optional.of(LocalDate.parse(published)),
        d.get("language"));
  }

  /** Number of documents, counting what is not yet committed. */
  int size() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return r.numDocs();
    }
  }

  /** Closes without committing: what was not committed is re-indexed from the tables on open. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.rollback();
      } finally {
        directory.close();
      }
    }
  }
}
