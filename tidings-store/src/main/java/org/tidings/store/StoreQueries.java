package org.tidings.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Amount;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Event;
import org.tidings.model.Quote;
import org.tidings.model.Span;
import org.tidings.model.TransferStage;
import org.tidings.store.Store.ArticleSummary;
import org.tidings.store.Store.DeadLetter;
import org.tidings.store.Store.EntityCount;
import org.tidings.store.Store.EventQuery;
import org.tidings.store.Store.Stats;
import org.tidings.store.Store.StoredEvent;
import org.tidings.store.Store.StoredQuote;
import org.tidings.store.Store.StoredTransfer;
import org.tidings.store.Store.TransferQuery;

/** The read queries of the embedded store, each on a connection given by the caller. */
final class StoreQueries {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The tables {@link #exportParquet} writes, each with the order its rows are written in. */
  private static final List<String[]> EXPORTED =
      List.of(
          new String[] {"articles", "seq"},
          new String[] {"entities", "article_id, ord"},
          new String[] {"quotes", "article_id, ord"},
          new String[] {"events", "article_id, ord"},
          new String[] {"transfers", "article_id, ord"},
          new String[] {"dead_letters", "seq"});

  private StoreQueries() {}

  /** Writes each exported table to {@code dir/<table>.parquet} with DuckDB's own writer. */
  static List<Path> exportParquet(Connection c, Path dir) throws SQLException {
    List<Path> files = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      for (String[] t : EXPORTED) {
        Path file = dir.resolve(t[0] + ".parquet").toAbsolutePath();
        s.execute(
            "COPY (SELECT * FROM "
                + t[0]
                + " ORDER BY "
                + t[1]
                + ") TO '"
                + file.toString().replace("'", "''")
                + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
        files.add(file);
      }
    }
    return files;
  }

  /** A WHERE clause being built, with its parameters in order. */
  private static final class Where {
    final List<String> conditions = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    Where add(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(List.of(values));
      return this;
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    PreparedStatement prepare(Connection c, String select, String tail, Object... more)
        throws SQLException {
      PreparedStatement p = c.prepareStatement(select + sql() + tail);
      int i = 1;
      for (Object o : params) {
        p.setObject(i++, o);
      }
      for (Object o : more) {
        p.setObject(i++, o);
      }
      return p;
    }
  }

  static Optional<String> articleJson(Connection c, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static List<ArticleSummary> articles(Connection c, int offset, int limit) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, source, title, CAST(published AS VARCHAR), language FROM articles"
                + " ORDER BY published DESC NULLS LAST, seq DESC LIMIT ? OFFSET ?")) {
      p.setInt(1, limit);
      p.setInt(2, offset);
      List<ArticleSummary> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ArticleSummary(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  date(rs.getString(4)),
                  rs.getString(5)));
        }
      }
      return out;
    }
  }

  static List<StoredEvent> events(Connection c, EventQuery q) throws SQLException {
    Where w = new Where();
    q.actor()
        .map(a -> a.strip().toUpperCase(Locale.ROOT))
        .filter(a -> !a.isEmpty())
        .ifPresent(a -> w.add("(starts_with(e.source, ?) OR starts_with(e.target, ?))", a, a));
    q.code()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> w.add("starts_with(e.code, ?)", s));
    q.from().ifPresent(d -> w.add("e.day >= CAST(? AS DATE)", d.toString()));
    q.to().ifPresent(d -> w.add("e.day <= CAST(? AS DATE)", d.toString()));
    String select =
        "SELECT e.article_id, e.span_start, e.span_end, e.sentence_start, e.sentence_end,"
            + " e.source, e.target, e.code, e.goldstein, e.quad_class, e.date, e.sentence,"
            + " e.reporter, e.date_from, e.intent"
            + " FROM events e JOIN articles a ON a.id = e.article_id";
    try (PreparedStatement p =
        w.prepare(
            c, select, " ORDER BY e.day DESC NULLS LAST, a.seq DESC, e.ord LIMIT ?", q.limit())) {
      List<StoredEvent> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Event e =
              new Event(
                  new Span(rs.getInt(2), rs.getInt(3)),
                  new Span(rs.getInt(4), rs.getInt(5)),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getDouble(9),
                  rs.getInt(10),
                  rs.getString(11),
                  new Event.Provenance(rs.getString(13), rs.getString(14), rs.getBoolean(15)));
          out.add(new StoredEvent(rs.getString(1), e, rs.getString(12)));
        }
      }
      return out;
    }
  }

  static List<EntityCount> entities(Connection c, Optional<String> type, int limit)
      throws SQLException {
    Where w = new Where();
    type.map(String::strip)
        .filter(t -> !t.isEmpty())
        .ifPresent(t -> w.add("type = ?", entityType(t).name()));
    String order = " ORDER BY article_id, ord";
    String select =
        "SELECT type, coalesce(nullif(canonical, ''), text) AS name, count(*) AS mentions,"
            + " count(DISTINCT article_id) AS arts,"
            + " first(span_start"
            + order
            + "), first(span_end"
            + order
            + "), first(text"
            + order
            + "), first(country"
            + order
            + "), first(role"
            + order
            + ") FROM entities";
    try (PreparedStatement p =
        w.prepare(c, select, " GROUP BY type, name ORDER BY mentions DESC, name LIMIT ?", limit)) {
      List<EntityCount> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Entity e =
              new Entity(
                  new Span(rs.getInt(5), rs.getInt(6)),
                  rs.getString(7),
                  EntityType.valueOf(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(8),
                  rs.getString(9));
          out.add(new EntityCount(e, rs.getInt(3), rs.getInt(4)));
        }
      }
      return out;
    }
  }

  private static EntityType entityType(String t) {
    try {
      return EntityType.valueOf(t.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown entity type '" + t + "'; one of " + List.of(EntityType.values()), e);
    }
  }

  static List<StoredQuote> quotes(Connection c, Optional<String> speaker, int limit)
      throws SQLException {
    Where w = new Where();
    speaker
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> w.add("lower(q.speaker) = lower(?)", s));
    String select =
        "SELECT q.article_id, q.span_start, q.span_end, q.text, q.speaker, q.speaker_start,"
            + " q.speaker_end, q.indirect FROM quotes q JOIN articles a ON a.id = q.article_id";
    try (PreparedStatement p = w.prepare(c, select, " ORDER BY a.seq DESC, q.ord LIMIT ?", limit)) {
      List<StoredQuote> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          int ss = rs.getInt(6);
          Span speakerSpan = rs.wasNull() ? null : new Span(ss, rs.getInt(7));
          Quote q =
              new Quote(
                  new Span(rs.getInt(2), rs.getInt(3)),
                  rs.getString(4),
                  rs.getString(5),
                  speakerSpan,
                  rs.getBoolean(8));
          out.add(new StoredQuote(rs.getString(1), q));
        }
      }
      return out;
    }
  }

  static List<StoredTransfer> transfers(Connection c, TransferQuery q) throws SQLException {
    Where w = new Where();
    q.supplier()
        .map(s -> s.strip().toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> w.add("t.supplier = ?", s));
    q.recipient()
        .map(s -> s.strip().toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> w.add("t.recipient = ?", s));
    q.system()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> w.add("contains(lower(t.items), lower(?))", s));
    String select =
        "SELECT t.article_id, t.span_start, t.span_end, t.sentence_start, t.sentence_end,"
            + " t.supplier, t.recipient, t.items, t.quantity, t.value, t.currency, t.value_text,"
            + " t.value_start, t.value_end, t.value_approximate, t.years, t.stage, t.sentence"
            + " FROM transfers t JOIN articles a ON a.id = t.article_id";
    try (PreparedStatement p =
        w.prepare(c, select, " ORDER BY a.seq DESC, t.ord LIMIT ?", q.limit())) {
      List<StoredTransfer> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          double v = rs.getDouble(10);
          Amount value =
              rs.wasNull()
                  ? null
                  : new Amount(
                      new Span(rs.getInt(13), rs.getInt(14)),
                      rs.getString(12),
                      v,
                      rs.getString(11),
                      rs.getBoolean(15));
          ArmsTransfer t =
              new ArmsTransfer(
                  new Span(rs.getInt(2), rs.getInt(3)),
                  new Span(rs.getInt(4), rs.getInt(5)),
                  rs.getString(6),
                  rs.getString(7),
                  items(rs.getString(8)),
                  rs.getInt(9),
                  value,
                  rs.getString(16),
                  TransferStage.valueOf(rs.getString(17)));
          out.add(new StoredTransfer(rs.getString(1), t, rs.getString(18)));
        }
      }
      return out;
    }
  }

  private static List<String> items(String json) {
    try {
      List<String> out = new ArrayList<>();
      MAPPER.readTree(json).forEach(n -> out.add(n.asText()));
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad items in the store: " + json, e);
    }
  }

  static List<DeadLetter> deadLetters(Connection c, AnalysisJson json, int limit)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT location, diagnostics, epoch_ms(\"when\") FROM dead_letters"
                + " ORDER BY seq DESC LIMIT ?")) {
      p.setInt(1, limit);
      List<DeadLetter> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new DeadLetter(
                  rs.getString(1),
                  diagnostics(rs.getString(2)),
                  Instant.ofEpochMilli(rs.getLong(3)).toString()));
        }
      }
      return out;
    }
  }

  private static List<Diagnostic> diagnostics(String json) {
    try {
      List<Diagnostic> out = new ArrayList<>();
      for (JsonNode n : MAPPER.readTree(json)) {
        out.add(
            new Diagnostic(
                n.path("code").asText(),
                n.path("message").asText(),
                n.path("location").asText(),
                Diagnostic.Severity.valueOf(n.path("severity").asText("ERROR"))));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad diagnostics in the store: " + json, e);
    }
  }

  static Stats stats(Connection c) throws SQLException {
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),"
                    + " (SELECT count(*) FROM quotes), (SELECT count(*) FROM events),"
                    + " (SELECT count(*) FROM transfers), (SELECT count(*) FROM dead_letters)");
        ResultSet rs = p.executeQuery()) {
      rs.next();
      return new Stats(
          rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
    }
  }

  private static Optional<LocalDate> date(String iso) {
    return iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso));
  }
}
