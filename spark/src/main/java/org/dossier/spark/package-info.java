/**
 * Dossier on Apache Spark: the jobs a cluster runs when a crawl outgrows one machine. {@link
 * org.dossier.spark.CrawlJob} reads WARC files from any Hadoop file system and runs the command line's
 * pipeline on every page ({@code read}, {@code filter}, {@code run}); {@link org.dossier.spark.StoryJob}
 * clusters its articles into stories ({@code story}). Stages never see Spark: the module depends on them,
 * never the reverse.
 */
package org.dossier.spark;
