package org.tidings.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQL tables of the embedded store and their version. Child tables carry the article id and the
 * annotation's position in its list ({@code ord}) so that rows can be read back in order.
 */
final class Schema {
  /** Bump when the tables change, and add a migration step to {@link #migrate}. */
  static final int VERSION = 2;

  private static final List<String> TABLES =
      List.of(
          """
          CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL,
            applied TIMESTAMP NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,
            source VARCHAR NOT NULL,
            title VARCHAR NOT NULL,
            published DATE,
            language VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            analysis VARCHAR NOT NULL,
            cluster_id VARCHAR,
            inserted TIMESTAMP NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS entities (
            article_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            canonical VARCHAR NOT NULL,
            country VARCHAR NOT NULL,
            role VARCHAR NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS quotes (
            article_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            speaker VARCHAR NOT NULL,
            speaker_start INTEGER,
            speaker_end INTEGER,
            indirect BOOLEAN NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS events (
            article_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            source VARCHAR NOT NULL,
            target VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            root_code VARCHAR NOT NULL,
            goldstein DOUBLE NOT NULL,
            quad_class INTEGER NOT NULL,
            date VARCHAR NOT NULL,
            day DATE,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            sentence VARCHAR NOT NULL,
            reporter VARCHAR NOT NULL DEFAULT '',
            date_from VARCHAR NOT NULL DEFAULT '',
            intent BOOLEAN NOT NULL DEFAULT false)""",
          """
          CREATE TABLE IF NOT EXISTS transfers (
            article_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            supplier VARCHAR NOT NULL,
            recipient VARCHAR NOT NULL,
            items VARCHAR NOT NULL,
            quantity INTEGER NOT NULL,
            value DOUBLE,
            currency VARCHAR,
            value_text VARCHAR,
            value_start INTEGER,
            value_end INTEGER,
            value_approximate BOOLEAN,
            years VARCHAR NOT NULL,
            stage VARCHAR NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            sentence VARCHAR NOT NULL)""",
          """
          CREATE TABLE IF NOT EXISTS dead_letters (
            seq BIGINT NOT NULL,
            location VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            message VARCHAR NOT NULL,
            diagnostics VARCHAR NOT NULL,
            "when" TIMESTAMP NOT NULL)""");

  private Schema() {}

  /** Creates missing tables, or checks and migrates existing ones. */
  static void apply(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : TABLES) {
        s.execute(ddl);
      }
      int version = 0;
      try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
        if (rs.next()) {
          version = rs.getInt(1);
        }
      }
      if (version > VERSION) {
        throw new IllegalStateException(
            "store schema version "
                + version
                + " is newer than this Tidings understands ("
                + VERSION
                + "); use a newer Tidings");
      }
      migrate(s, version);
    }
  }

  private static void migrate(Statement s, int from) throws SQLException {
    if (from < VERSION) {
      // One step per version; a new store (from 0) already has every column.
      if (from == 1) {
        // 2: who reported an event, where its date came from, whether it is an intent
        s.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS reporter VARCHAR DEFAULT ''");
        s.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS date_from VARCHAR DEFAULT ''");
        s.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS intent BOOLEAN DEFAULT false");
      }
      s.execute(
          "INSERT INTO schema_version VALUES ("
              + VERSION
              + ", epoch_ms(CAST("
              + System.currentTimeMillis()
              + " AS BIGINT)))");
    }
  }

  /** The version recorded in the store. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
