/**
 * Running the pipeline inside Spark tasks: {@link org.dossier.spark.run.ExecutorStages} holds one
 * pipeline per executor JVM, {@link org.dossier.spark.run.PageTask} streams a WARC file through it,
 * {@link org.dossier.spark.run.PageRows} flattens each page's result into rows, and
 * {@link org.dossier.spark.run.CrawlRun} writes them as the data sets of {@link
 * org.dossier.spark.run.OutputKind}.
 *
 * <p>To add a data set: add an {@code OutputKind}, emit its rows in {@code PageRows}, and give its
 * Parquet columns in {@code Schemas}.
 */
package org.dossier.spark.run;
