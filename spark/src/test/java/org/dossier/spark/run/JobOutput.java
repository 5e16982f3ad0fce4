package org.dossier.spark.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a job's JSON Lines output back: every line of a data set, and the lines of each partition. */
final class JobOutput {
  private JobOutput() {}

  /** Partition folder ("date=2025-06-04") to its lines, for one data set. */
  static Map<String, List<String>> partitions(Path out, String dataset) {
    Map<String, List<String>> m = new TreeMap<>();
    Path root = out.resolve("jsonl").resolve(dataset);
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        m.computeIfAbsent(f.getParent().getFileName().toString(), k -> new ArrayList<>())
            .addAll(Files.readAllLines(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  static List<String> lines(Path out, String dataset) {
    List<String> all = new ArrayList<>();
    partitions(out, dataset).values().forEach(all::addAll);
    return all.stream().sorted().toList();
  }
}
