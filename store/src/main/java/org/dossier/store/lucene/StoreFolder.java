package org.dossier.store.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.dossier.store.StoreException;

/**
 * The store's folder and its marker file, which names the format and the schema version: a folder
 * that holds something else, or a store written by a newer schema, is refused before anything is
 * written.
 */
final class StoreFolder {
  /** Bumped when stored records change shape; older stores are then refused with a hint to re-ingest. */
  static final int SCHEMA = 2;
  static final String MARKER = "dossier-store.properties";
  private static final String FORMAT = "dossier-store";
  /** How the JDK words a full disk or quota (Linux and macOS, Windows), lower case. */
  private static final List<String> DISK_FULL = List.of("no space left on device", "disk quota exceeded",
      "not enough space on the disk");
  /** How the JDK words a write this process may not make (permissions, immutable files, read-only mounts). */
  private static final List<String> NOT_PERMITTED = List.of("permission denied", "operation not permitted",
      "read-only file system");

  private StoreFolder() {}

  /** Checks an existing store, or makes a new one in a missing or empty folder. */
  static Path prepareForWriting(Path folder) {
    if (Files.isRegularFile(folder.resolve(MARKER))) {
      Path index = check(folder);
      if (!Files.isWritable(folder) || Files.isDirectory(index) && !Files.isWritable(index)) {
        throw readOnly(folder, null, "nothing was changed");
      }
      return index;
    }
    if (Files.exists(folder) && !isEmptyDirectory(folder)) throw notAStore(folder);
    boolean created = !Files.exists(folder);
    try {
      Files.createDirectories(folder);
      writeMarker(folder);
    } catch (IOException e) {
      if (created) deleteIfEmpty(folder);
      if (created && isNotPermitted(e)) {
        throw new StoreException("cannot create store " + folder + ": its parent folder is read-only for this user ("
            + e.getMessage() + "); nothing was changed; choose a writable place with --store", e);
      }
      throw cannotWrite(folder, e);
    }
    return folder.resolve("index");
  }

  /** Writes the marker whole or not at all, so a failed start never leaves a folder that looks damaged. */
  private static void writeMarker(Path folder) throws IOException {
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    p.setProperty("schema", Integer.toString(SCHEMA));
    Path tmp = folder.resolve(MARKER + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        p.store(out, "Dossier knowledge base; do not edit");
      }
      Files.move(tmp, folder.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Checks that the folder is a store of a schema this program reads; returns its index folder. */
  static Path check(Path folder) {
    Path marker = folder.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      if (!Files.exists(folder)) {
        throw new StoreException("no store at " + folder + "; run 'dossier ingest --store " + folder + " PATH...' first");
      }
      throw notAStore(folder);
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(marker)) {
      p.load(in);
    } catch (IOException e) {
      throw new StoreException("cannot read " + marker + ": " + e.getMessage() + "; check its permissions", e);
    } catch (IllegalArgumentException e) {
      throw new StoreException(marker + " is damaged (" + e.getMessage() + "); nothing was changed; restore it from "
          + "a backup, or re-ingest into a new --store", e);
    }
    int schema = schemaOf(p, folder);
    if (schema > SCHEMA) {
      throw new StoreException("store " + folder + " has schema " + schema + " but this Dossier reads schema "
          + SCHEMA + "; upgrade Dossier or use another --store");
    }
    if (schema < SCHEMA) {
      throw new StoreException("store " + folder + " has the older schema " + schema + " (this Dossier writes "
          + SCHEMA + "); re-ingest the pages into a new --store");
    }
    return folder.resolve("index");
  }

  /**
   * The error for a failed write, with the fix its cause calls for: a full disk, a folder this process
   * may not write, or something else. The last commit is intact in every case.
   */
  static StoreException cannotWrite(Path folder, IOException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (isDiskFull(e)) {
      return new StoreException("store " + folder + ": the disk is full (" + why + "); its last commit is intact; "
          + "free some disk space and run the command again, or use another --store", e);
    }
    if (isNotPermitted(e)) return readOnly(folder, e, "its last commit is intact");
    return new StoreException("cannot write to store " + folder + " (" + e.getClass().getSimpleName() + " " + why
        + "); its last commit is intact; check the folder and the disk, or use another --store", e);
  }

  private static StoreException readOnly(Path folder, IOException cause, String state) {
    return new StoreException("store " + folder + " is read-only for this user; " + state + "; make it "
        + "writable (chmod -R u+w " + folder + ") or copy it and use --store COPY", cause);
  }

  /** Whether the failure, or one it wraps, is the file system running out of space or quota. */
  private static boolean isDiskFull(Throwable e) {
    return says(e, DISK_FULL);
  }

  private static boolean isNotPermitted(Throwable e) {
    return e instanceof AccessDeniedException || says(e, NOT_PERMITTED);
  }

  private static boolean says(Throwable e, List<String> signs) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      for (String sign : signs) if (m.contains(sign)) return true;
    }
    return false;
  }

  private static int schemaOf(Properties p, Path folder) {
    if (!FORMAT.equals(p.getProperty("format"))) {
      throw new StoreException(folder.resolve(MARKER) + " is damaged (its 'format' is "
          + (p.getProperty("format") == null ? "missing" : "'" + org.dossier.core.model.Elision.of(p.getProperty("format"), 40) + "'")
          + ", not '" + FORMAT + "'); nothing was changed; restore it from a backup, or re-ingest into a new --store");
    }
    try {
      return Integer.parseInt(p.getProperty("schema", "").strip());
    } catch (NumberFormatException e) {
      throw new StoreException(folder.resolve(MARKER) + " is damaged (no valid 'schema' number); nothing was changed; "
          + "restore it from a backup, or re-ingest into a new --store");
    }
  }

  private static StoreException notAStore(Path folder) {
    return new StoreException(folder + " is not a Dossier store (it has no " + MARKER
        + "); nothing was changed; choose a new or empty folder with --store");
  }

  private static void deleteIfEmpty(Path folder) {
    try {
      if (isEmptyDirectory(folder)) Files.delete(folder);
    } catch (IOException ignored) {
      // the error being reported already names the folder
    }
  }

  private static boolean isEmptyDirectory(Path folder) {
    if (!Files.isDirectory(folder)) return false;
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
