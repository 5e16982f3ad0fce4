package org.dossier.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.dossier.core.model.ControlChars;
import org.dossier.core.model.Elision;

/**
 * The one line a failed command prints: the JDK words a file error as the bare path ("/proc/x"), so such
 * errors get the file, the cause and what to do; every message is kept on one line and long values in it
 * are cut short.
 */
final class Errors {
  /** Longest error line: room for a folder, a cause and a fix, not for a 70 KB query echoed back. */
  private static final int MAX_CHARS = 600;

  private Errors() {}

  static String line(Throwable e) {
    return ControlChars.escape(Elision.of("dossier: " + describe(e), MAX_CHARS));
  }

  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) return describe(u.getCause());
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return "cannot use " + Elision.of(f.getFile()) + (f.getOtherFile() == null ? "" : " or " + Elision.of(f.getOtherFile()))
          + ": " + reason(f) + "; check the path and its permissions, or choose another";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The cause of a file error in a few words ("no such file or folder", "permission denied"). */
  static String reason(java.io.IOException e) {
    return e instanceof FileSystemException f ? reason(f) : String.valueOf(e.getMessage());
  }

  private static String reason(FileSystemException f) {
    if (f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
    if (f instanceof NoSuchFileException) return "no such file or folder";
    if (f instanceof AccessDeniedException) return "permission denied";
    if (f instanceof FileAlreadyExistsException) return "a file of that name is in the way";
    if (f instanceof NotDirectoryException) return "not a folder";
    if (f instanceof DirectoryNotEmptyException) return "the folder is not empty";
    return f.getClass().getSimpleName();
  }
}
