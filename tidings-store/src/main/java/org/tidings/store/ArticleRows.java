package org.tidings.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.Event;
import org.tidings.model.Quote;

/**
 * Writes the rows of analyses and dead letters on the writer connection, a batch at a time. Rows
 * are collected in memory and appended per table when the batch is flushed (DuckDB appenders, much
 * faster than one INSERT per row); deletes and updates of replaced articles run at once. Callers
 * run a batch inside a transaction and commit or roll back; nothing here commits.
 */
final class ArticleRows implements AutoCloseable {
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final List<String> CHILD_TABLES =
      List.of("entities", "quotes", "events", "transfers");

  /** A TIMESTAMP value, as milliseconds since the epoch. */
  private record Millis(long value) {}

  private final DuckDBConnection connection;
  private final Function<Analysis, String> json;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AnalysisJson diagnosticJson = new AnalysisJson(mapper);

  /** "Which of these ids are stored?", by number of parameters (a power of two). */
  private final Map<Integer, PreparedStatement> existing = new HashMap<>();

  private final List<PreparedStatement> deleteChildren;
  private final PreparedStatement updateArticle;
  private final PreparedStatement deleteDeadLetter;

  ArticleRows(DuckDBConnection c, Function<Analysis, String> json) throws SQLException {
    this.connection = c;
    this.json = json;
    List<PreparedStatement> deletes = new ArrayList<>();
    for (String t : CHILD_TABLES) {
      deletes.add(c.prepareStatement("DELETE FROM " + t + " WHERE article_id = ?"));
    }
    deleteChildren = List.copyOf(deletes);
    updateArticle =
        c.prepareStatement(
            "UPDATE articles SET seq = ?, source = ?, title = ?, published = CAST(? AS DATE),"
                + " language = ?, text = ?, analysis = ?, inserted = epoch_ms(?) WHERE id = ?");
    deleteDeadLetter = c.prepareStatement("DELETE FROM dead_letters WHERE location = ?");
  }

  /** A new batch of rows for the given articles (and any dead letters). */
  Batch batch(List<String> articleIds) throws SQLException {
    return new Batch(stored(articleIds));
  }

  /** Which of the ids are stored: one query, padded to a power of two to reuse statements. */
  private Set<String> stored(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return Set.of();
    }
    int n = Integer.highestOneBit(ids.size());
    n = n == ids.size() ? n : n * 2;
    PreparedStatement p = existing.get(n);
    if (p == null) {
      p =
          connection.prepareStatement(
              "SELECT id FROM articles WHERE id IN ("
                  + String.join(", ", Collections.nCopies(n, "?"))
                  + ")");
      existing.put(n, p);
    }
    for (int i = 0; i < n; i++) {
      p.setString(i + 1, ids.get(Math.min(i, ids.size() - 1)));
    }
    Set<String> out = new HashSet<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** The rows of one batch, appended to their tables by {@link #flush}. */
  final class Batch {
    private final Set<String> stored;
    private final List<Object[]> articles = new ArrayList<>();
    private final List<Object[]> entities = new ArrayList<>();
    private final List<Object[]> quotes = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> transfers = new ArrayList<>();
    private final List<Object[]> deadLetters = new ArrayList<>();

    private Batch(Set<String> stored) {
      this.stored = stored;
    }

    /**
     * Adds an analysis, replacing any earlier version of the article. Each article id may occur
     * once per batch, and must have been named when the batch was made.
     *
     * @return true when the article was new
     */
    boolean add(Analysis a, long seq, long nowMillis) throws SQLException {
      Article art = a.article();
      String id = art.id();
      boolean existed = stored.contains(id);
      if (existed) {
        for (PreparedStatement d : deleteChildren) {
          d.setString(1, id);
          d.executeUpdate();
        }
      }
      // Made after the deletes, so that a failure here exercises their rollback.
      String analysisJson = json.apply(a);
      if (existed) {
        updateArticle(art, seq, analysisJson, nowMillis);
      } else {
        articles.add(
            new Object[] {
              id,
              seq,
              art.source(),
              art.title(),
              art.published().orElse(null),
              art.language(),
              art.text(),
              analysisJson,
              null,
              new Millis(nowMillis)
            });
      }
      addEntities(id, a.entities());
      addQuotes(id, a.quotes());
      addEvents(id, art, a.events());
      addTransfers(id, art.text(), a.transfers());
      return !existed;
    }

    private void addEntities(String id, List<Entity> list) {
      for (int i = 0; i < list.size(); i++) {
        Entity e = list.get(i);
        entities.add(
            new Object[] {
              id,
              i,
              e.span().start(),
              e.span().end(),
              e.text(),
              e.type().name(),
              e.canonical(),
              e.country(),
              e.role()
            });
      }
    }

    private void addQuotes(String id, List<Quote> list) {
      for (int i = 0; i < list.size(); i++) {
        Quote q = list.get(i);
        boolean noSpeaker = q.speakerSpan() == null;
        quotes.add(
            new Object[] {
              id,
              i,
              q.span().start(),
              q.span().end(),
              q.text(),
              q.speaker(),
              noSpeaker ? null : q.speakerSpan().start(),
              noSpeaker ? null : q.speakerSpan().end(),
              q.indirect()
            });
      }
    }

    private void addEvents(String id, Article art, List<Event> list) {
      for (int i = 0; i < list.size(); i++) {
        Event e = list.get(i);
        events.add(
            new Object[] {
              id,
              i,
              e.span().start(),
              e.span().end(),
              e.source(),
              e.target(),
              e.code(),
              e.rootCode(),
              e.goldstein(),
              e.quadClass(),
              e.date(),
              dayOf(e.date(), art.published()).orElse(null),
              e.sentence().start(),
              e.sentence().end(),
              e.sentence().of(art.text()),
              e.provenance().reporter(),
              e.provenance().dateFrom(),
              e.provenance().intent()
            });
      }
    }

    private void addTransfers(String id, String text, List<ArmsTransfer> list) {
      for (int i = 0; i < list.size(); i++) {
        ArmsTransfer t = list.get(i);
        boolean noValue = t.value() == null;
        transfers.add(
            new Object[] {
              id,
              i,
              t.span().start(),
              t.span().end(),
              t.supplier(),
              t.recipient(),
              itemsJson(t.items()),
              t.quantity(),
              noValue ? null : t.value().value(),
              noValue ? null : t.value().unit(),
              noValue ? null : t.value().text(),
              noValue ? null : t.value().span().start(),
              noValue ? null : t.value().span().end(),
              noValue ? null : t.value().approximate(),
              t.years(),
              t.stage().name(),
              t.sentence().start(),
              t.sentence().end(),
              t.sentence().of(text)
            });
      }
    }

    /** Adds a dead letter, replacing an earlier one from the same location. */
    void addDeadLetter(String location, List<Diagnostic> diagnostics, long seq, long nowMillis)
        throws SQLException {
      Diagnostic first =
          diagnostics.isEmpty()
              ? Diagnostic.error("store.unknown", "no diagnostic given", location)
              : diagnostics.get(0);
      ArrayNode arr = mapper.createArrayNode();
      diagnostics.forEach(d -> arr.add(diagnosticJson.diagnostic(d)));
      deleteDeadLetter.setString(1, location);
      deleteDeadLetter.executeUpdate();
      deadLetters.add(
          new Object[] {
            seq, location, first.code(), first.message(), write(arr), new Millis(nowMillis)
          });
    }

    /** Appends the collected rows to their tables. */
    void flush() throws SQLException {
      append("articles", articles);
      append("entities", entities);
      append("quotes", quotes);
      append("events", events);
      append("transfers", transfers);
      append("dead_letters", deadLetters);
    }
  }

  private void updateArticle(Article art, long seq, String analysisJson, long nowMillis)
      throws SQLException {
    PreparedStatement p = updateArticle;
    p.setLong(1, seq);
    p.setString(2, art.source());
    p.setString(3, art.title());
    if (art.published().isPresent()) {
      p.setString(4, art.published().get().toString());
    } else {
      p.setNull(4, Types.VARCHAR);
    }
    p.setString(5, art.language());
    p.setString(6, art.text());
    p.setString(7, analysisJson);
    p.setLong(8, nowMillis);
    p.setString(9, art.id());
    p.executeUpdate();
  }

  private void append(String table, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (DuckDBAppender app = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
      for (Object[] row : rows) {
        app.beginRow();
        for (Object v : row) {
          appendValue(app, v);
        }
        app.endRow();
      }
      app.flush();
    }
  }

  private static void appendValue(DuckDBAppender app, Object v) throws SQLException {
    if (v == null) {
      app.appendNull();
    } else if (v instanceof String s) {
      app.append(s);
    } else if (v instanceof Integer i) {
      app.append(i.intValue());
    } else if (v instanceof Long l) {
      app.append(l.longValue());
    } else if (v instanceof Double d) {
      app.append(d.doubleValue());
    } else if (v instanceof Boolean b) {
      app.append(b.booleanValue());
    } else if (v instanceof LocalDate d) {
      app.append(d);
    } else if (v instanceof Millis m) {
      app.appendEpochMicros(Math.multiplyExact(m.value(), 1000L));
    } else {
      throw new IllegalArgumentException("cannot append " + v.getClass());
    }
  }

  /**
   * The day an event is filed under: its own date when it names a day, else the article's
   * publication date (as GDELT does), else none.
   */
  static Optional<LocalDate> dayOf(String date, Optional<LocalDate> published) {
    if (ISO_DAY.matcher(date).matches()) {
      try {
        return Optional.of(LocalDate.parse(date.substring(0, 10)));
      } catch (DateTimeParseException e) {
        // "2011-02-30" and the like: fall back to the publication date
      }
    }
    return published;
  }

  private String itemsJson(List<String> items) {
    ArrayNode arr = mapper.createArrayNode();
    items.forEach(arr::add);
    return write(arr);
  }

  private String write(ArrayNode arr) {
    try {
      return mapper.writeValueAsString(arr);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement p : existing.values()) {
      p.close();
    }
    for (PreparedStatement d : deleteChildren) {
      d.close();
    }
    updateArticle.close();
    deleteDeadLetter.close();
  }
}
