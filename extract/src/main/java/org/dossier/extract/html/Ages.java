package org.dossier.extract.html;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.meta.DataFile;
import org.dossier.extract.meta.RelativeStamp;
import org.dossier.extract.meta.Stamp;

/**
 * The compact ages of cards and feed rows ("3h", "45m", "1d", "2 hrs"): a relative stamp without "ago",
 * with the units of {@code relative-units.txt}. Only a whole line is read so: "3d" in running text is no age.
 */
final class Ages {
  private static final Map<String, ChronoUnit> UNITS = new HashMap<>();
  private static final Pattern AGE;

  static {
    for (String line : DataFile.lines(RelativeStamp.class, "relative-units.txt")) {
      String[] f = DataFile.fields("relative-units.txt", line, 2);
      for (String u : f[1].strip().split("\\s+")) UNITS.put(u, ChronoUnit.valueOf(f[0].strip()));
    }
    AGE = Pattern.compile("(?i)(\\d{1,3})\\s?(" + String.join("|", UNITS.keySet()) + ")\\.?");
  }

  private Ages() {}

  /** The age that {@code line} consists of, as a stamp; null otherwise. */
  static Stamp parse(String line) {
    Matcher m = AGE.matcher(line.strip());
    if (!m.matches()) return null;
    ChronoUnit unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
    RelativeStamp age = new RelativeStamp(Long.parseLong(m.group(1)), unit, 0, line.strip().length());
    return new Stamp(null, null, null, null, null, age);
  }
}
