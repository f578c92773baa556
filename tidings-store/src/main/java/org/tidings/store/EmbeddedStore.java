package org.tidings.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.duckdb.DuckDBConnection;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.SourceMap;

/**
 * The default store: DuckDB tables in {@code <dir>/tidings.duckdb} and a Lucene index in {@code
 * <dir>/index}.
 *
 * <h2>Writes</h2>
 *
 * All writes go through one writer thread, which takes whatever is queued (up to {@link
 * Options#maxBatch()}) and writes it in one DuckDB transaction: group commit, so that many threads
 * calling {@link #put} share commits. When anything in a batch fails the transaction is rolled back
 * and each write of the batch is retried in a transaction of its own, so one bad article fails
 * alone and leaves no partial rows, and the articles around it are stored.
 *
 * <h2>Tables and index</h2>
 *
 * The tables are the truth; the index is derived from them. Every stored article gets a new
 * sequence number. The index document of an article is written after its transaction commits, and
 * the index is committed every {@link Options#indexCommitDocs()} documents or {@link
 * Options#indexCommitInterval()}, and on close, recording in its commit data the sequence number up
 * to which all articles are indexed. On open, articles with a higher number are indexed again. So a
 * crash can lose at most the index documents of the last few seconds, which opening restores; it
 * never leaves index documents for articles the tables do not hold (an index newer than its tables
 * is rebuilt).
 *
 * <h2>Reads</h2>
 *
 * Reads run on pooled connections of their own and see committed writes; search sees every article
 * whose {@code put} has returned.
 */
public final class EmbeddedStore implements Store {
  private static final System.Logger LOG = System.getLogger(EmbeddedStore.class.getName());
  static final String DB_FILE = "tidings.duckdb";
  static final String INDEX_DIR = "index";
  private static final int MAX_IDLE_READERS = 4;

  /**
   * How the store runs.
   *
   * @param memoryLimit DuckDB memory limit ("192MB"); DuckDB memory lives outside the Java heap
   * @param threads DuckDB worker threads
   * @param maxBatch most writes in one transaction; also how many writes may wait in the queue
   *     (twice this), after which {@link #putAsync} blocks, so that a fast producer cannot fill the
   *     heap with analyses
   * @param indexCommitDocs commit the index after this many new documents
   * @param indexCommitInterval or after this long with uncommitted documents
   * @param luceneRamMb Lucene's in-heap buffer before it flushes a segment
   * @param json how an analysis is written as JSON; a seam for tests, the default is {@link
   *     AnalysisJson#line}
   */
  public record Options(
      String memoryLimit,
      int threads,
      int maxBatch,
      int indexCommitDocs,
      Duration indexCommitInterval,
      double luceneRamMb,
      Function<Analysis, String> json) {
    public Options {
      Objects.requireNonNull(memoryLimit);
      Objects.requireNonNull(indexCommitInterval);
      Objects.requireNonNull(json);
      if (threads < 1 || maxBatch < 1 || indexCommitDocs < 1 || luceneRamMb <= 0) {
        throw new IllegalArgumentException("bad store options " + threads + "/" + maxBatch);
      }
    }

    public static Options defaults() {
      AnalysisJson json = new AnalysisJson();
      return new Options("192MB", 2, 128, 5000, Duration.ofSeconds(5), 16, json::line);
    }

    public Options withJson(Function<Analysis, String> json) {
      return new Options(
          memoryLimit, threads, maxBatch, indexCommitDocs, indexCommitInterval, luceneRamMb, json);
    }

    public Options withMemoryLimit(String memoryLimit) {
      return new Options(
          memoryLimit, threads, maxBatch, indexCommitDocs, indexCommitInterval, luceneRamMb, json);
    }
  }

  private final Path dir;
  private final Options options;
  private final DuckDBConnection base;
  private final DuckDBConnection writeConnection;
  private final ArticleRows rows;
  private final FullTextIndex index;
  private final AnalysisJson analysisJson = new AnalysisJson();
  private final BlockingQueue<Write> queue;
  private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final Thread writer;
  private volatile boolean closed;

  // Owned by the writer thread.
  private long nextSeq;
  private long indexedThrough;
  private long committedMark;
  private boolean indexBroken;
  private int docsSinceCommit;
  private long lastCommitNanos = System.nanoTime();

  private EmbeddedStore(Path dir, Options options) throws SQLException, IOException {
    this.dir = dir;
    this.options = options;
    this.queue = new LinkedBlockingQueue<>(2 * options.maxBatch());
    Properties props = new Properties();
    props.setProperty("memory_limit", options.memoryLimit());
    props.setProperty("threads", Integer.toString(options.threads()));
    // Everything the store uses is built in; never fetch DuckDB extensions from the network.
    props.setProperty("autoinstall_known_extensions", "false");
    base =
        (DuckDBConnection)
            DriverManager.getConnection(
                "jdbc:duckdb:" + dir.resolve(DB_FILE).toAbsolutePath(), props);
    FullTextIndex idx = null;
    DuckDBConnection wc = null;
    ArticleRows r = null;
    try {
      wc = (DuckDBConnection) base.duplicate();
      Schema.apply(wc);
      wc.setAutoCommit(false);
      r = new ArticleRows(wc, options.json());
      idx = new FullTextIndex(dir.resolve(INDEX_DIR), options.luceneRamMb());
      this.writeConnection = wc;
      this.rows = r;
      this.index = idx;
      recover();
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(r, idx, wc, base);
      throw e;
    }
    writer = new Thread(this::writeLoop, "tidings-store-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Opens the store in {@code dir}, creating the directory and the tables when needed. */
  public static EmbeddedStore open(Path dir) {
    return open(dir, Options.defaults());
  }

  public static EmbeddedStore open(Path dir, Options options) {
    try {
      Files.createDirectories(dir);
      return new EmbeddedStore(dir, options);
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "cannot open the store in "
              + dir
              + " (is another Tidings process using it?): "
              + e.getMessage(),
          e);
    }
  }

  /** Where the store keeps its files. */
  public Path directory() {
    return dir;
  }

  /** The schema version of the tables. */
  public int schemaVersion() {
    return read(Schema::version);
  }

  /** DuckDB's memory limit as DuckDB reports it ("190.7 MiB"). */
  public String memoryLimit() {
    return read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT current_setting('memory_limit')")) {
            rs.next();
            return rs.getString(1);
          }
        });
  }

  // ---------------------------------------------------------------- recovery

  /** Sets the sequence counter and re-indexes articles whose index documents were not committed. */
  private void recover() throws SQLException, IOException {
    long maxSeq;
    try (Statement s = writeConnection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT greatest((SELECT coalesce(max(seq), 0) FROM articles),"
                    + " (SELECT coalesce(max(seq), 0) FROM dead_letters))")) {
      rs.next();
      maxSeq = rs.getLong(1);
    }
    writeConnection.commit();
    long mark = index.committedMark();
    if (mark > maxSeq) {
      LOG.log(Level.WARNING, "index is newer than the tables; rebuilding it");
      index.deleteAll();
      mark = 0;
    }
    int reindexed = 0;
    try (PreparedStatement p =
        writeConnection.prepareStatement(
            "SELECT id, source, title, CAST(published AS VARCHAR), language, text, seq"
                + " FROM articles WHERE seq > ? ORDER BY seq")) {
      p.setLong(1, mark);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String published = rs.getString(4);
          Article a =
              new Article(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  published == null ? Optional.empty() : Optional.of(LocalDate.parse(published)),
                  List.of(),
                  rs.getString(5),
                  rs.getString(6),
                  SourceMap.none());
          index.put(a, rs.getLong(7));
          reindexed++;
        }
      }
    }
    writeConnection.commit();
    if (reindexed > 0 || mark < maxSeq) {
      if (reindexed > 0) {
        LOG.log(Level.INFO, "re-indexed {0} articles the index had not committed", reindexed);
      }
      index.commit(maxSeq);
    }
    nextSeq = maxSeq + 1;
    indexedThrough = maxSeq;
    committedMark = maxSeq;
  }

  // ---------------------------------------------------------------- writes

  /** A write for the writer thread. */
  private abstract static class Write {
    final CompletableFuture<Boolean> done = new CompletableFuture<>();

    /** What it replaces: writes with the same key go to separate transactions. */
    abstract String key();

    abstract boolean addTo(ArticleRows.Batch batch, long seq, long now) throws SQLException;
  }

  private static final class PutArticle extends Write {
    final Analysis analysis;

    PutArticle(Analysis analysis) {
      this.analysis = analysis;
    }

    @Override
    String key() {
      return "article:" + analysis.article().id();
    }

    @Override
    boolean addTo(ArticleRows.Batch batch, long seq, long now) throws SQLException {
      return batch.add(analysis, seq, now);
    }
  }

  private static final class PutDeadLetter extends Write {
    final String location;
    final List<Diagnostic> diagnostics;

    PutDeadLetter(String location, List<Diagnostic> diagnostics) {
      this.location = location;
      this.diagnostics = List.copyOf(diagnostics);
    }

    @Override
    String key() {
      return "dead:" + location;
    }

    @Override
    boolean addTo(ArticleRows.Batch batch, long seq, long now) throws SQLException {
      batch.addDeadLetter(location, diagnostics, seq, now);
      return true;
    }
  }

  /** Completes once every write queued before it is done. */
  private static final class Barrier extends Write {
    @Override
    String key() {
      return "barrier";
    }

    @Override
    boolean addTo(ArticleRows.Batch batch, long seq, long now) {
      throw new IllegalStateException("a barrier is never written");
    }
  }

  private static final class Stop extends Write {
    @Override
    String key() {
      return "stop";
    }

    @Override
    boolean addTo(ArticleRows.Batch batch, long seq, long now) {
      throw new IllegalStateException("stop is never written");
    }
  }

  @Override
  public boolean put(Analysis analysis) {
    return await(putAsync(analysis));
  }

  /**
   * Queues an analysis for storing and returns at once (blocking only while the queue is full); the
   * future completes when it is stored (true when the article was new) or fails with the reason it
   * was not. Lets a single producer thread get the speed of group commit.
   */
  @Override
  public CompletableFuture<Boolean> putAsync(Analysis analysis) {
    Objects.requireNonNull(analysis);
    return submit(new PutArticle(analysis));
  }

  /** Records an input that was given up. A later dead letter from the same location replaces it. */
  @Override
  public void putDeadLetter(String location, List<Diagnostic> diagnostics) {
    Objects.requireNonNull(location);
    await(submit(new PutDeadLetter(location, diagnostics)));
  }

  /**
   * Waits until every write queued before this call has been stored (or has failed), and commits
   * the full-text index. Use after a run of {@link #putAsync} calls.
   */
  @Override
  public void flush() {
    await(submit(new Barrier()));
  }

  private CompletableFuture<Boolean> submit(Write w) {
    lifecycle.readLock().lock();
    try {
      checkOpen();
      queue.put(w);
      return w.done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while queueing a write", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private static boolean await(CompletableFuture<Boolean> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new StoreException(String.valueOf(cause.getMessage()), cause);
    }
  }

  private void writeLoop() {
    List<Write> batch = new ArrayList<>(options.maxBatch());
    boolean stopping = false;
    try {
      while (!stopping) {
        Write first = queue.poll(pollMillis(), TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, options.maxBatch() - 1);
          int stop = indexOfStop(batch);
          if (stop >= 0) {
            stopping = true;
            failAll(batch.subList(stop, batch.size()), "the store is closed");
            batch.subList(stop, batch.size()).clear();
          }
          writeUpToBarriers(batch);
          batch.clear();
        }
        maybeCommitIndex(stopping);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failAll(batch, "the store writer was interrupted");
    } catch (RuntimeException | Error e) {
      LOG.log(Level.ERROR, "the store writer failed", e);
      failAll(batch, "the store writer failed: " + e);
    } finally {
      List<Write> left = new ArrayList<>();
      queue.drainTo(left);
      failAll(left, "the store is closed");
    }
  }

  private long pollMillis() {
    if (docsSinceCommit == 0 && indexedThrough == committedMark) {
      return 1000;
    }
    long due = lastCommitNanos + options.indexCommitInterval().toNanos() - System.nanoTime();
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(due));
  }

  private static int indexOfStop(List<Write> batch) {
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i) instanceof Stop) {
        return i;
      }
    }
    return -1;
  }

  private static void failAll(List<Write> writes, String why) {
    for (Write w : writes) {
      if (w instanceof Stop) {
        w.done.complete(true);
      } else {
        w.done.completeExceptionally(new IllegalStateException(why));
      }
    }
  }

  /** Writes a batch, completing each barrier when the writes before it are done. */
  private void writeUpToBarriers(List<Write> batch) {
    int from = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i) instanceof Barrier barrier) {
        writeBatch(batch.subList(from, i));
        maybeCommitIndex(true);
        barrier.done.complete(true);
        from = i + 1;
      }
    }
    writeBatch(batch.subList(from, batch.size()));
  }

  /**
   * Writes a batch in one transaction; when it fails, writes each alone. A batch that names one
   * article (or dead-letter location) twice is split before the second, so that the second replaces
   * the first as if they had come in separate batches.
   */
  private void writeBatch(List<Write> batch) {
    Set<String> keys = new HashSet<>();
    int from = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (!keys.add(batch.get(i).key())) {
        writeUnique(batch.subList(from, i));
        keys.clear();
        keys.add(batch.get(i).key());
        from = i;
      }
    }
    writeUnique(batch.subList(from, batch.size()));
  }

  private void writeUnique(List<Write> batch) {
    if (batch.isEmpty()) {
      return;
    }
    long firstSeq = nextSeq;
    long now = System.currentTimeMillis();
    boolean[] results = new boolean[batch.size()];
    try {
      List<String> ids = new ArrayList<>();
      for (Write w : batch) {
        if (w instanceof PutArticle put) {
          ids.add(put.analysis.article().id());
        }
      }
      ArticleRows.Batch rowBatch = rows.batch(ids);
      for (int i = 0; i < batch.size(); i++) {
        results[i] = batch.get(i).addTo(rowBatch, firstSeq + i, now);
      }
      rowBatch.flush();
      writeConnection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      if (batch.size() == 1) {
        batch.get(0).done.completeExceptionally(failure(batch.get(0), e));
      } else {
        for (Write w : batch) {
          writeUnique(List.of(w));
        }
      }
      return;
    }
    nextSeq = firstSeq + batch.size();
    for (int i = 0; i < batch.size(); i++) {
      Write w = batch.get(i);
      long seq = firstSeq + i;
      if (w instanceof PutArticle put) {
        try {
          index.put(put.analysis.article(), seq);
          docsSinceCommit++;
        } catch (IOException | RuntimeException e) {
          indexBroken = true;
          w.done.completeExceptionally(
              new StoreException(
                  "article "
                      + put.analysis.article().id()
                      + " was stored but not indexed; the index is repaired when the store is"
                      + " opened again",
                  e));
          continue;
        }
      }
      if (!indexBroken) {
        indexedThrough = seq;
      }
      w.done.complete(results[i]);
    }
  }

  private static RuntimeException failure(Write w, Exception e) {
    String what =
        w instanceof PutArticle put
            ? "article " + put.analysis.article().id()
            : "dead letter " + ((PutDeadLetter) w).location;
    if (e instanceof RuntimeException re && !(e instanceof StoreException)) {
      return re;
    }
    return new StoreException("cannot store " + what + ": " + e.getMessage(), e);
  }

  private void rollback(Exception cause) {
    try {
      writeConnection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
      LOG.log(Level.ERROR, "rollback failed", e);
    }
  }

  private void maybeCommitIndex(boolean force) {
    boolean dirty = docsSinceCommit > 0 || indexedThrough != committedMark;
    if (!dirty) {
      return;
    }
    boolean due =
        force
            || docsSinceCommit >= options.indexCommitDocs()
            || System.nanoTime() - lastCommitNanos >= options.indexCommitInterval().toNanos();
    if (!due) {
      return;
    }
    try {
      index.commit(indexedThrough);
      committedMark = indexedThrough;
    } catch (IOException | RuntimeException e) {
      indexBroken = true;
      LOG.log(Level.ERROR, "cannot commit the index; it is repaired on the next open", e);
    }
    docsSinceCommit = 0;
    lastCommitNanos = System.nanoTime();
  }

  // ---------------------------------------------------------------- reads

  /** A query on one connection. */
  @FunctionalInterface
  interface SqlFunction<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(SqlFunction<T> f) {
    lifecycle.readLock().lock();
    try {
      checkOpen();
      Connection c = idleReaders.poll();
      if (c == null) {
        synchronized (base) {
          c = base.duplicate();
        }
      }
      boolean ok = false;
      try {
        T t = f.apply(c);
        ok = true;
        return t;
      } finally {
        if (ok && idleReaders.size() < MAX_IDLE_READERS) {
          idleReaders.offer(c);
        } else {
          c.close();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("store query failed: " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
  }

  @Override
  public Optional<Analysis> article(String id) {
    return articleJson(id).map(analysisJson::fromJson);
  }

  /** The stored JSON of one article's analysis, as {@link AnalysisJson} wrote it. */
  public Optional<String> articleJson(String id) {
    Objects.requireNonNull(id);
    return read(c -> StoreQueries.articleJson(c, id));
  }

  @Override
  public List<ArticleSummary> articles(int offset, int limit) {
    checkRange("offset", offset, 0);
    checkRange("limit", limit, 0);
    return read(c -> StoreQueries.articles(c, offset, limit));
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    Objects.requireNonNull(query);
    checkRange("limit", limit, 1);
    if (query.isBlank()) {
      throw new IllegalArgumentException("empty search query");
    }
    lifecycle.readLock().lock();
    try {
      checkOpen();
      index.refresh();
      return index.search(query, limit);
    } catch (IOException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  @Override
  public List<StoredEvent> events(EventQuery query) {
    checkRange("limit", query.limit(), 0);
    return read(c -> StoreQueries.events(c, query));
  }

  @Override
  public List<EntityCount> entities(Optional<String> type, int limit) {
    checkRange("limit", limit, 0);
    return read(c -> StoreQueries.entities(c, type, limit));
  }

  @Override
  public List<StoredQuote> quotes(Optional<String> speaker, int limit) {
    checkRange("limit", limit, 0);
    return read(c -> StoreQueries.quotes(c, speaker, limit));
  }

  @Override
  public List<StoredTransfer> transfers(TransferQuery query) {
    checkRange("limit", query.limit(), 0);
    return read(c -> StoreQueries.transfers(c, query));
  }

  @Override
  public List<DeadLetter> deadLetters(int limit) {
    checkRange("limit", limit, 0);
    return read(c -> StoreQueries.deadLetters(c, analysisJson, limit));
  }

  @Override
  public List<Path> exportParquet(Path dir) {
    Objects.requireNonNull(dir);
    flush();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    return read(c -> StoreQueries.exportParquet(c, dir));
  }

  @Override
  public Stats stats() {
    return read(StoreQueries::stats);
  }

  private static void checkRange(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
    }
  }

  // ---------------------------------------------------------------- close

  /** Stores what is queued, commits the index, and closes the files. Idempotent. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        queue.put(new Stop());
        writer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Connection c;
      while ((c = idleReaders.poll()) != null) {
        closeQuietly(c);
      }
      closeQuietly(rows, index, writeConnection, base);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  private static void closeQuietly(AutoCloseable... all) {
    for (AutoCloseable a : all) {
      if (a == null) {
        continue;
      }
      try {
        a.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "close failed", e);
      }
    }
  }
}
