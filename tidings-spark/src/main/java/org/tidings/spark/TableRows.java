package org.tidings.spark;

import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.Event;
import org.tidings.model.Quote;
import org.tidings.pipeline.Result;

/**
 * One input document's outcome as table rows: the article and its facts, or its dead letter. The
 * columns follow the embedded store's tables, so the same SQL works on both.
 */
final class TableRows implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tables, in the order {@link #rows(Table)} and {@link Table#schema()} know them. */
  enum Table {
    ARTICLES(
        field("id"),
        field("location"),
        field("title"),
        DataTypes.createStructField("published", DataTypes.DateType, true),
        DataTypes.createStructField(
            "authors", DataTypes.createArrayType(DataTypes.StringType), false),
        field("language"),
        field("text"),
        field("analysis")),
    ENTITIES(
        field("article_id"),
        integer("span_start"),
        integer("span_end"),
        field("text"),
        field("type"),
        field("canonical"),
        field("country"),
        field("role")),
    QUOTES(
        field("article_id"),
        integer("span_start"),
        integer("span_end"),
        field("text"),
        field("speaker"),
        DataTypes.createStructField("indirect", DataTypes.BooleanType, false)),
    EVENTS(
        field("article_id"),
        integer("span_start"),
        integer("span_end"),
        field("source"),
        field("target"),
        field("code"),
        DataTypes.createStructField("goldstein", DataTypes.DoubleType, false),
        integer("quad_class"),
        field("date"),
        field("sentence"),
        field("reporter"),
        field("date_from"),
        DataTypes.createStructField("intent", DataTypes.BooleanType, false)),
    TRANSFERS(
        field("article_id"),
        integer("span_start"),
        integer("span_end"),
        field("supplier"),
        field("recipient"),
        DataTypes.createStructField(
            "items", DataTypes.createArrayType(DataTypes.StringType), false),
        integer("quantity"),
        DataTypes.createStructField("value", DataTypes.DoubleType, true),
        DataTypes.createStructField("currency", DataTypes.StringType, true),
        field("years"),
        field("stage"),
        field("sentence")),
    DEAD_LETTERS(field("location"), field("code"), field("message"));

    private final StructType schema;

    Table(StructField... fields) {
      this.schema = DataTypes.createStructType(fields);
    }

    StructType schema() {
      return schema;
    }

    /** The table's name as a directory or SQL view: "dead_letters". */
    String tableName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final List<List<Row>> rows = new ArrayList<>();

  private TableRows() {
    for (int i = 0; i < Table.values().length; i++) {
      rows.add(new ArrayList<>());
    }
  }

  List<Row> rows(Table table) {
    return rows.get(table.ordinal());
  }

  /** The rows of one pipeline result. */
  static TableRows of(Result result, AnalysisJson json) {
    TableRows t = new TableRows();
    if (result.analysis().isEmpty()) {
      for (Diagnostic d : result.diagnostics()) {
        t.add(Table.DEAD_LETTERS, result.location(), d.code(), d.message());
      }
      return t;
    }
    Analysis a = result.analysis().get();
    Article article = a.article();
    String id = article.id();
    t.add(
        Table.ARTICLES,
        id,
        result.location(),
        article.title(),
        article.published().map(Date::valueOf).orElse(null),
        scalaSeq(article.authors()),
        article.language(),
        article.text(),
        json.line(a));
    for (Entity e : a.entities()) {
      t.add(
          Table.ENTITIES,
          id,
          e.span().start(),
          e.span().end(),
          e.text(),
          e.type().name(),
          e.canonical(),
          e.country(),
          e.role());
    }
    for (Quote q : a.quotes()) {
      t.add(
          Table.QUOTES, id, q.span().start(), q.span().end(), q.text(), q.speaker(), q.indirect());
    }
    for (Event e : a.events()) {
      t.add(
          Table.EVENTS,
          id,
          e.span().start(),
          e.span().end(),
          e.source(),
          e.target(),
          e.code(),
          e.goldstein(),
          e.quadClass(),
          e.date(),
          e.sentence().of(article.text()),
          e.provenance().reporter(),
          e.provenance().dateFrom(),
          e.provenance().intent());
    }
    for (ArmsTransfer tr : a.transfers()) {
      t.add(
          Table.TRANSFERS,
          id,
          tr.span().start(),
          tr.span().end(),
          tr.supplier(),
          tr.recipient(),
          scalaSeq(tr.items()),
          tr.quantity(),
          tr.value() == null ? null : tr.value().value(),
          tr.value() == null ? null : tr.value().unit(),
          tr.years(),
          tr.stage().name().toLowerCase(java.util.Locale.ROOT),
          tr.sentence().of(article.text()));
    }
    return t;
  }

  private void add(Table table, Object... values) {
    rows(table).add(RowFactory.create(values));
  }

  /** Spark's external type for an array column is a Scala sequence. */
  private static scala.collection.immutable.Seq<String> scalaSeq(List<String> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }

  private static StructField field(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, false);
  }

  private static StructField integer(String name) {
    return DataTypes.createStructField(name, DataTypes.IntegerType, false);
  }
}
