package org.dossier.extract.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lexicon and pattern files kept next to the classes that use them: UTF-8, one entry a line,
 * blank lines and lines starting with {@code #} ignored. A missing file is a packaging error and fails fast.
 */
public final class DataFile {
  private DataFile() {}

  /** The entry lines of the resource {@code name} beside {@code owner}, stripped of trailing blanks. */
  public static List<String> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + owner.getPackageName() + "/" + name
            + " is missing; it ships in src/main/resources, rebuild the jar");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.stripTrailing();
        if (!s.isBlank() && !s.stripLeading().startsWith("#")) out.add(s);
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** Splits an entry line on tabs; fails naming the file when it has fewer than {@code min} fields. */
  public static String[] fields(String name, String line, int min) {
    String[] f = line.split("\t+");
    if (f.length < min) {
      throw new IllegalStateException(name + ": expected " + min + " tab-separated fields in line: " + line);
    }
    return f;
  }
}
