package org.dossier.extract.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints what the Lingua detector costs: heap taken by its models, build time and time per article, in
 * low- and high-accuracy mode, over the article bodies of the extraction evaluation data.
 * Run: {@code java -cp <extract test classpath> org.dossier.extract.lang.LanguageDetectionBenchmark
 * [../shared/eval/extraction]}; run it in a fresh JVM per mode for a clean heap figure ({@code low|high}).
 */
public final class LanguageDetectionBenchmark {
  private static final Pattern BODY = Pattern.compile("\"body\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/extraction");
    boolean low = args.length < 2 || args[1].equals("low");
    List<String> texts = bodies(data);
    long before = usedHeap();
    long t0 = System.nanoTime();
    LinguaLanguageDetector detector = new LinguaLanguageDetector(low);
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    long models = usedHeap() - before;
    Map<String, Integer> counts = new TreeMap<>();
    for (String t : texts) detector.detect(t); // warm-up
    long t1 = System.nanoTime();
    for (String t : texts) counts.merge(String.valueOf(detector.detect(t)), 1, Integer::sum);
    double perText = (System.nanoTime() - t1) / 1e6 / Math.max(1, texts.size());
    System.out.printf("lingua %s-accuracy: %d languages, models %d MiB heap, build %d ms, %.2f ms per article"
        + " (%d articles)%n", low ? "low" : "high", LanguageSettings.LANGUAGES.size(), models >> 20, buildMs,
        perText, texts.size());
    System.out.println("detected: " + counts);
  }

  private static List<String> bodies(Path data) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        Matcher m = BODY.matcher(Files.readString(f));
        if (m.find()) out.add(m.group(1).replace("\\n", "\n").replace("\\\"", "\""));
      }
    }
    return out;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
