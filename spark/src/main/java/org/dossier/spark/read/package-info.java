/**
 * Crawl files on a cluster: listing the WARC and WARC.gz files under paths of any Hadoop-compatible file
 * system ({@link org.dossier.spark.read.CrawlFiles}), opening one in a task as a seekable channel over a
 * Hadoop stream ({@code HadoopChannel}), and carrying the driver's Hadoop configuration to the executors
 * ({@link org.dossier.spark.read.HadoopConf}).
 *
 * <p>The records themselves are read by the command line's reader,
 * {@link org.dossier.extract.page.WarcPageReader}, so a payload rule, limit or resync fix made there holds
 * for both; only the file system specifics belong here.
 */
package org.dossier.spark.read;
