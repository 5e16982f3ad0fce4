package org.dossier.extract.page;

/**
 * What one read yielded, for the run summary.
 *
 * @param pages raw pages handed on (truncated ones included)
 * @param truncated pages cut to the size cap (each also reported as a warning)
 * @param rejected files or WARC records reported as a problem and skipped
 * @param ignoredFiles files whose extension names no page format
 * @param skippedRecords WARC records that hold no page (requests, metadata, images, redirects, ...)
 */
public record ReadSummary(long pages, long truncated, long rejected, long ignoredFiles, long skippedRecords) {}
