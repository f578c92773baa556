package org.tidings.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.Event;
import org.tidings.model.Quote;

/**
 * Where analyses are kept: SQL tables for articles and their facts, and a full-text index of
 * articles. Implementations are thread-safe. Writes of one article are atomic: a failed write
 * leaves no partial rows, and what was stored before stays.
 */
public interface Store extends AutoCloseable {

  /**
   * Stores an analysis. An article already stored (same id) is replaced, never duplicated.
   *
   * @return true when the article was new
   */
  boolean put(Analysis analysis);

  /**
   * Stores an analysis without waiting for it: the future completes with what {@link #put} would
   * return, or fails with what it would throw. Writes are applied in the order they were queued. A
   * single producer thread should prefer this to {@link #put}: the embedded store then writes many
   * articles per transaction. This default stores at once.
   */
  default CompletableFuture<Boolean> putAsync(Analysis analysis) {
    try {
      return CompletableFuture.completedFuture(put(analysis));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Waits until every write queued before this call (by {@link #putAsync}, say) is stored or has
   * failed, and makes it durable. This default does nothing: the default {@link #putAsync} stores
   * at once.
   */
  default void flush() {}

  /** Records an input that was given up, with why. */
  void putDeadLetter(String location, List<Diagnostic> diagnostics);

  /** The stored analysis of one article. */
  Optional<Analysis> article(String id);

  /** Articles, newest first by publication date then by insertion. */
  List<ArticleSummary> articles(int offset, int limit);

  /** Full-text search over titles and texts; Lucene query syntax. */
  List<SearchHit> search(String query, int limit);

  /** Events matching the query, with the sentence each came from. */
  List<StoredEvent> events(EventQuery query);

  /** Entities mentioned, grouped by canonical name, most mentioned first. */
  List<EntityCount> entities(Optional<String> type, int limit);

  /** Quotes, optionally by one speaker (canonical name, case-insensitive). */
  List<StoredQuote> quotes(Optional<String> speaker, int limit);

  /** Arms transfers matching the query. */
  List<StoredTransfer> transfers(TransferQuery query);

  /** Inputs given up, newest first. */
  List<DeadLetter> deadLetters(int limit);

  /** Counts of what is stored. */
  Stats stats();

  /**
   * Writes every table (articles, entities, quotes, events, transfers, dead letters) as one Parquet
   * file each into {@code dir}, creating it if needed, after pending writes are stored.
   *
   * @return the files written, one per table
   * @throws UnsupportedOperationException when this store keeps no tables (a test double)
   */
  default List<Path> exportParquet(Path dir) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " writes no Parquet");
  }

  @Override
  void close();

  /** One article in a listing. */
  record ArticleSummary(
      String id, String source, String title, Optional<LocalDate> published, String language) {}

  /** A search result with a highlighted snippet (HTML-escaped, matches in {@code <b>}). */
  record SearchHit(ArticleSummary article, double score, String snippet) {}

  /** An event with where it came from. */
  record StoredEvent(String articleId, Event event, String sentence) {}

  /** A quote with where it came from. */
  record StoredQuote(String articleId, Quote quote) {}

  /** A transfer with where it came from. */
  record StoredTransfer(String articleId, ArmsTransfer transfer, String sentence) {}

  /** How often an entity is mentioned. */
  record EntityCount(Entity example, int mentions, int articles) {}

  /** An input given up. */
  record DeadLetter(String location, List<Diagnostic> diagnostics, String when) {}

  /** Counts of rows. */
  record Stats(
      long articles, long entities, long quotes, long events, long transfers, long deadLetters) {}

  /**
   * Which events to list; empty fields match everything.
   *
   * @param actor actor code or its prefix, as source or target ("RUS", "AZEGOV")
   * @param code CAMEO code or its prefix ("04", "046")
   * @param from earliest event date, inclusive
   * @param to latest event date, inclusive
   * @param limit at most this many
   */
  record EventQuery(
      Optional<String> actor,
      Optional<String> code,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      int limit) {
    public static EventQuery all(int limit) {
      return new EventQuery(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
  }

  /**
   * Which transfers to list; empty fields match everything.
   *
   * @param supplier ISO3 code of the supplier
   * @param recipient ISO3 code of the recipient
   * @param system an item name, case-insensitive substring
   * @param limit at most this many
   */
  record TransferQuery(
      Optional<String> supplier, Optional<String> recipient, Optional<String> system, int limit) {
    public static TransferQuery all(int limit) {
      return new TransferQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
  }
}
