package org.dossier.store.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
  static final int SCHEMA = 1;
  static final String MARKER = "dossier-store.properties";
  private static final String FORMAT = "dossier-store";

  private StoreFolder() {}

  /** Checks an existing store, or makes a new one in a missing or empty folder. */
  static Path prepareForWriting(Path folder) {
    if (Files.isRegularFile(folder.resolve(MARKER))) return check(folder);
    if (Files.exists(folder) && !isEmptyDirectory(folder)) throw notAStore(folder);
    try {
      Files.createDirectories(folder);
      Properties p = new Properties();
      p.setProperty("format", FORMAT);
      p.setProperty("schema", Integer.toString(SCHEMA));
      try (OutputStream out = Files.newOutputStream(folder.resolve(MARKER))) {
        p.store(out, "Dossier knowledge base; do not edit");
      }
    } catch (IOException e) {
      throw cannotWrite(folder, e);
    }
    return folder.resolve("index");
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

  static StoreException cannotWrite(Path folder, IOException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    return new StoreException("cannot write to store " + folder + " (" + why
        + "); make the folder writable and free some disk space, or use another --store", e);
  }

  private static int schemaOf(Properties p, Path folder) {
    if (!FORMAT.equals(p.getProperty("format"))) throw notAStore(folder);
    try {
      return Integer.parseInt(p.getProperty("schema", "").strip());
    } catch (NumberFormatException e) {
      throw new StoreException(folder.resolve(MARKER) + " has no valid 'schema' number; it is damaged, re-ingest into a new --store");
    }
  }

  private static StoreException notAStore(Path folder) {
    return new StoreException(folder + " is not a Dossier store (it has no " + MARKER
        + "); nothing was changed; choose a new or empty folder with --store");
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
