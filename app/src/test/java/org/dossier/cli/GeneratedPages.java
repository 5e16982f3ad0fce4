package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes plain-text pages of invented news, each about its own made-up town and people. */
final class GeneratedPages {
  private static final String[] SYLLABLES = {"ka", "lo", "mir", "ten", "va", "dor", "sel", "ri", "bo", "nan", "tu", "quel"};
  private static final String[] ACTS = {"opened a bridge in", "closed the port of", "held a vote in",
      "announced new buses for", "repaired the dam near", "hosted a fair in"};

  private GeneratedPages() {}

  static void write(Path folder, int count, long seed) throws IOException {
    Files.createDirectories(folder);
    Random r = new Random(seed);
    for (int i = 0; i < count; i++) {
      String town = name(r), person = name(r) + " " + name(r);
      String act = ACTS[r.nextInt(ACTS.length)];
      String text = person + " " + act + " " + town + "\n\n"
          + "Officials said " + person + " " + act + " " + town + " on day " + i + ", with " + (100 + r.nextInt(900))
          + " residents watching.\n\n" + town + " council member " + name(r) + " said the plan cost "
          + (1 + r.nextInt(90)) + " million and would take " + (2 + r.nextInt(8)) + " years.\n";
      Files.writeString(folder.resolve("page%04d.txt".formatted(i)), text);
    }
  }

  private static String name(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 3; k++) b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }
}
