/**
 * Page readers: files and folders in, {@link org.dossier.core.model.RawPage}s out, one at a time.
 *
 * <p>{@link org.dossier.extract.page.Pages#read} walks the given paths (recursively, in path order) and
 * reads {@code .txt} page dumps and {@code .html}/{@code .htm} pages whole ({@code PlainFileReader}), and
 * {@code .warc}/{@code .warc.gz} files record by record with jwarc: each successful HTTP response with
 * an HTML or plain-text payload becomes a page named by its target URI, with the file, record offset,
 * URI and WARC-Date as provenance and the HTTP charset alongside. Other files, and records without a
 * page, are counted in the {@link org.dossier.extract.page.ReadSummary}.
 *
 * <p>{@link org.dossier.extract.page.WarcPageReader} is the WARC reader itself, in pull style: an
 * iterator of {@link org.dossier.extract.page.ReadItem}s (a page, or a problem) over any seekable
 * channel, so a distributed job reads files of its own file system with the same rules. {@code WarcFileReader} feeds
 * it a local file and hands its items to the {@code PageSink} that {@code Pages} counts with.
 *
 * <p>Bad input never throws: each problem is one {@link org.dossier.core.pipeline.Outcome} of stage
 * "read" naming the file (and for WARC the record offset) and the reason, with these codes:
 * {@code unreadable} (I/O error, missing file), {@code empty}, {@code binary} (NUL or control bytes,
 * known binary signatures), {@code broken-record} and {@code truncated-record} (a damaged WARC record:
 * reading resumes at the next record start found in the file, or stops the file), {@code bad-payload}
 * (an HTTP message or content coding that cannot be decoded; the next record is read as usual), and
 * the warning {@code bad-trailer} (a record that does not end where its length says; reading resumes at
 * the next record start); a damaged record gives one line, never a payload line and a trailer line. Entries
 * of a folder that are no file are each one skipped outcome, never silence, and are never opened (a FIFO
 * would block): {@code link-loop}, {@code dangling-link}, {@code fifo}, {@code socket}, {@code device}
 * ({@code Walk}, {@code SpecialFiles}). A page over the cap ({@code ReadLimits}, or the caller's) is cut to it,
 * marked truncated and reported by a warning outcome with code {@code truncated}.
 *
 * <p>{@link org.dossier.extract.page.Decoding} turns page bytes into text, trusting the bytes over labels:
 * BOM, then UTF-8 when the bytes are valid UTF-8 with multi-byte characters, then the declared charset
 * (transport, or for HTML the {@code <meta charset>}; gb2312 read as GBK as browsers do) when it decodes
 * cleanly, else windows-1252.
 *
 * <p>To read a new format, add a reader next to {@code PlainFileReader} that hands pages to the
 * {@code PageSink}, and a branch for its extension in {@code Pages}. Limits live in {@code ReadLimits}.
 */
package org.dossier.extract.page;
