package org.dossier.extract.page;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import org.netpreserve.jwarc.ParsingException;

/** Short, printable, one-line reasons for read failures. */
final class Reasons {
  /** Longest reason kept; parser messages can quote whole stretches of a damaged record. */
  private static final int MAX_CHARS = 120;

  private Reasons() {}

  static String of(Throwable e) {
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemLoopException) return "symbolic link loop";
    if (e instanceof EOFException && e.getMessage() == null) return "unexpected end of file";
    String m = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
    if (m == null || m.isBlank()) return e.getClass().getSimpleName();
    String clean = m.codePoints()
        .map(c -> Character.isISOControl(c) || c == 0xFFFD ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().strip();
    return clean.length() <= MAX_CHARS ? clean : clean.substring(0, MAX_CHARS) + "...";
  }
}
