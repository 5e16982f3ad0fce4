package org.dossier.extract.page;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Hands the pages and problems of one local WARC or WARC.gz file to the sink ({@link WarcPageReader}). */
final class WarcFileReader {
  private WarcFileReader() {}

  static void read(Path file, PageSink sink) {
    WarcPageReader reader = WarcPageReader.open(file.toString(), () -> FileChannel.open(file), sink.maxPageBytes());
    try (reader) {
      reader.forEachRemaining(sink::accept);
    } catch (IOException e) {
      // closing a file opened only for reading loses nothing
    } finally {
      sink.skippedRecords(reader.skippedRecords());
    }
  }
}
