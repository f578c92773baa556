package org.tidings.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class org.tidings.spark.AnalyzeJob tidings-spark.jar OUT INPUT...}:
 * analyses every file under the inputs and writes the tables as Parquet under OUT. Without a master
 * set by spark-submit it runs in local mode on every core.
 */
public final class AnalyzeJob {
  private AnalyzeJob() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println(
          "usage: AnalyzeJob OUT INPUT... (files, directories, WARC; any Hadoop URI)");
      System.exit(2);
    }
    SparkConf conf = new SparkConf().setAppName("tidings-analyze");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      int partitions = Math.max(2, spark.sparkContext().defaultParallelism() * 4);
      List<String> inputs = Arrays.asList(args).subList(1, args.length);
      try (SparkAnalyzer.Tables tables = new SparkAnalyzer(spark, partitions).analyze(inputs)) {
        tables.write(args[0]);
        System.out.printf(
            Locale.ROOT,
            "articles %d, events %d, transfers %d, dead letters %d -> %s%n",
            tables.articles().count(),
            tables.events().count(),
            tables.transfers().count(),
            tables.deadLetters().count(),
            args[0]);
      }
    } finally {
      spark.stop();
    }
  }
}
