package org.dossier.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * How the ingest writing to a store is getting on, kept in a small file beside the index so that another
 * process (the web server) can show it. Written atomically; a reader that finds the writing process gone
 * reports the ingest as not running, whatever the file says.
 *
 * @param startedMillis when the ingest started, in epoch milliseconds
 * @param updatedMillis when this status was written
 * @param totalFiles files under the ingest's paths (a WARC counts once), 0 when unknown
 */
public record IngestStatus(long pid, long startedMillis, long updatedMillis, long read, long committed,
    long totalFiles, boolean running) {
  static final String FILE = "ingest-status.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Writes the status; a failure to write it never stops an ingest, so it is reported as false. */
  public boolean write(Path storeFolder) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile(storeFolder, "ingest-status", ".tmp");
      MAPPER.writeValue(tmp.toFile(), this);
      try {
        Files.move(tmp, storeFolder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, storeFolder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      deleteQuietly(tmp); // a full disk must not leave half-written files behind
      // A run that ended must not be shown running: with no room for the new status, none is the truth.
      if (!running) deleteQuietly(storeFolder.resolve(FILE));
      return false;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // nothing more to do; the status is only news
    }
  }

  /** The last status written to the store, with {@code running} false when its process has gone. */
  public static Optional<IngestStatus> read(Path storeFolder) {
    Path file = storeFolder.resolve(FILE);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      IngestStatus s = MAPPER.readValue(file.toFile(), IngestStatus.class);
      boolean alive = s.running && ProcessHandle.of(s.pid).map(ProcessHandle::isAlive).orElse(false);
      return Optional.of(alive ? s : new IngestStatus(s.pid, s.startedMillis, s.updatedMillis, s.read, s.committed,
          s.totalFiles, false));
    } catch (IOException e) {
      return Optional.empty(); // half-written by a crashed process: no news is the honest answer
    }
  }
}
