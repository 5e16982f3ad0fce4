/**
 * Reading crawl files on a cluster: WARC and WARC.gz files on any Hadoop-compatible file system, pulled
 * one record at a time into {@link org.dossier.spark.read.ReadItem}s (a page, or a rejection with its
 * offset and reason). Damaged records are reported and skipped; the file goes on at the next record.
 *
 * <p>This mirrors the command line's WARC reader in {@code org.dossier.extract.page} over a seekable
 * Hadoop stream instead of a local file; a new payload rule belongs in both until that reader takes a
 * channel (see the module README section).
 */
package org.dossier.spark.read;
