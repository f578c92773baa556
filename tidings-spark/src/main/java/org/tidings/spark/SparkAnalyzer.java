package org.tidings.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tidings.engine.StandardPipeline;
import org.tidings.ingest.Ingested;
import org.tidings.ingest.SourceReader;
import org.tidings.json.AnalysisJson;
import org.tidings.pipeline.GuardedPipeline;
import scala.Tuple2;

/**
 * Runs the standard pipeline over inputs on a Spark cluster. Each partition builds one pipeline
 * (models load once per task, not per document) and streams its files through it: a WARC archive is
 * read record by record, never whole. Bad input becomes dead-letter rows; the run goes on.
 */
public final class SparkAnalyzer {
  private final SparkSession spark;
  private final int partitions;

  /**
   * @param partitions how many partitions to read the inputs into, at least one; more than the
   *     cluster's cores keeps them busy when files differ in size
   */
  public SparkAnalyzer(SparkSession spark, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    this.spark = spark;
    this.partitions = partitions;
  }

  /** The tables of one run; their rows are computed once and cached until {@link #close()}. */
  public static final class Tables implements AutoCloseable {
    private final SparkSession spark;
    private final JavaRDD<TableRows> outcomes;

    Tables(SparkSession spark, JavaRDD<TableRows> outcomes) {
      this.spark = spark;
      this.outcomes = outcomes;
    }

    public Dataset<Row> articles() {
      return table(TableRows.Table.ARTICLES);
    }

    public Dataset<Row> entities() {
      return table(TableRows.Table.ENTITIES);
    }

    public Dataset<Row> quotes() {
      return table(TableRows.Table.QUOTES);
    }

    public Dataset<Row> events() {
      return table(TableRows.Table.EVENTS);
    }

    public Dataset<Row> transfers() {
      return table(TableRows.Table.TRANSFERS);
    }

    public Dataset<Row> deadLetters() {
      return table(TableRows.Table.DEAD_LETTERS);
    }

    private Dataset<Row> table(TableRows.Table t) {
      JavaRDD<Row> rows = outcomes.flatMap(o -> o.rows(t).iterator());
      return spark.createDataFrame(rows, t.schema());
    }

    /**
     * Writes each table as Parquet into {@code out/<table>/} and each article's analysis as JSON
     * Lines into {@code out/analyses/}, replacing what was there.
     */
    public void write(String out) {
      for (TableRows.Table t : TableRows.Table.values()) {
        table(t).write().mode(SaveMode.Overwrite).parquet(out + "/" + t.tableName());
      }
      articles().select("analysis").write().mode(SaveMode.Overwrite).text(out + "/analyses");
    }

    /** Registers every table as a temporary SQL view under its name ("events"). */
    public void register() {
      for (TableRows.Table t : TableRows.Table.values()) {
        table(t).createOrReplaceTempView(t.tableName());
      }
    }

    @Override
    public void close() {
      outcomes.unpersist(false);
    }
  }

  /**
   * Analyses every file under the given paths (files or directories, searched recursively, on any
   * file system Spark reads: "file:", "hdfs:", "s3a:"; several paths separated by commas).
   */
  public Tables analyze(List<String> paths) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaPairRDD<String, PortableDataStream> files =
        jsc.binaryFiles(String.join(",", paths), partitions);
    JavaRDD<TableRows> outcomes =
        files.mapPartitions(new Analyse()).persist(StorageLevel.MEMORY_AND_DISK());
    return new Tables(spark, outcomes);
  }

  /** One partition's files through one pipeline. */
  private static final class Analyse
      implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, TableRows> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<TableRows> call(Iterator<Tuple2<String, PortableDataStream>> files) {
      return new Outcomes(files, new GuardedPipeline(StandardPipeline.create()));
    }
  }

  /**
   * The outcomes of a partition's files, computed one document at a time as Spark pulls them, so a
   * partition costs the memory of one document however many a WARC archive holds.
   */
  private static final class Outcomes implements Iterator<TableRows> {
    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private final GuardedPipeline pipeline;
    private final SourceReader reader = SourceReader.standard();
    private final AnalysisJson json = new AnalysisJson();
    private Stream<Ingested> current;
    private Iterator<Ingested> docs = Collections.emptyIterator();

    Outcomes(Iterator<Tuple2<String, PortableDataStream>> files, GuardedPipeline pipeline) {
      this.files = files;
      this.pipeline = pipeline;
    }

    @Override
    public boolean hasNext() {
      while (!docs.hasNext()) {
        if (current != null) {
          current.close();
          current = null;
        }
        if (!files.hasNext()) {
          return false;
        }
        Tuple2<String, PortableDataStream> file = files.next();
        current = reader.read(file._1(), file._2().open());
        docs = current.iterator();
      }
      return true;
    }

    @Override
    public TableRows next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return TableRows.of(pipeline.process(docs.next()), json);
    }
  }
}
