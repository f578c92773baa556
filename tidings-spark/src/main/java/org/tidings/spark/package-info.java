/**
 * Tidings on Apache Spark, for when a laptop is not enough: the standard pipeline runs inside each
 * partition over files, directories and WARC archives on any Hadoop file system (local, HDFS, S3),
 * and its facts come out as Spark tables (articles, entities, quotes, events, transfers, dead
 * letters) written as Parquet, with each article's full analysis as JSON Lines beside them.
 */
package org.tidings.spark;
