package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.meta.DataFile;
import org.dossier.extract.meta.SectionLabels;

/** The chrome patterns ({@code chrome.txt}), loaded once, and the section labels of {@link SectionLabels}. */
final class TextLexicon {
  /** What a section label announces. */
  enum Section { NONE, RELATED, FEED, OTHER }

  private static final TextLexicon STANDARD = new TextLexicon();

  private final Map<String, List<Pattern>> patterns = new HashMap<>();

  private TextLexicon() {
    for (String line : DataFile.lines(TextLexicon.class, "chrome.txt")) {
      String[] f = DataFile.fields("chrome.txt", line, 2);
      String kind = f[0].strip();
      if (!List.of("line", "cue", "strong", "appeal", "caption", "tail", "bio").contains(kind)) {
        throw new IllegalStateException("chrome.txt: unknown kind '" + kind
            + "'; use line, cue, strong, appeal, caption, tail or bio");
      }
      String regex = kind.equals("line") ? "(?:" + f[1].strip() + ")" : f[1].strip();
      patterns.computeIfAbsent(kind, k -> new ArrayList<>())
          .add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  static TextLexicon standard() {
    return STANDARD;
  }

  /** The section a label line announces, or null when the line is no known label. */
  Section label(String line) {
    SectionLabels.Kind kind = SectionLabels.of(line);
    return kind == null ? null : Section.valueOf(kind.name());
  }

  /** True when the whole line is a chrome line, or a short line holding a chrome cue, or a notice. */
  boolean chrome(String line, int words) {
    for (Pattern p : patterns.getOrDefault("line", List.of())) {
      if (p.matcher(line).matches()) return true;
    }
    if (words <= TextRules.MAX_CUE_WORDS && anyFind("cue", line)) return true;
    return (words <= TextRules.MAX_NOTICE_WORDS && anyFind("strong", line))
        || appealHits(line) >= TextRules.MIN_APPEAL_CUES;
  }

  /** An author biography sentence ("Jane Roe is our Seoul correspondent."). */
  boolean bio(String paragraph) {
    return anyFind("bio", paragraph);
  }

  boolean caption(String line) {
    return anyFind("caption", line);
  }

  /** The paragraph without trailing chrome sentences ("Want all of X? Subscribe."). */
  String cutTail(String paragraph) {
    String s = paragraph;
    boolean cut = true;
    while (cut) {
      cut = false;
      for (Pattern p : patterns.getOrDefault("tail", List.of())) {
        Matcher m = p.matcher(s);
        if (m.find() && m.end() == s.length() && sentenceStart(s, m.start())) {
          s = s.substring(0, m.start()).stripTrailing();
          cut = true;
        }
      }
    }
    return s;
  }

  private static boolean sentenceStart(String s, int at) {
    String before = s.substring(0, at).stripTrailing();
    return before.isEmpty() || ".!?'\"”’)".indexOf(before.charAt(before.length() - 1)) >= 0;
  }

  private int appealHits(String line) {
    int hits = 0;
    for (Pattern p : patterns.getOrDefault("appeal", List.of())) {
      Matcher m = p.matcher(line);
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (m.find()) seen.add(m.group().toLowerCase(Locale.ROOT));
      hits += seen.size();
    }
    return hits;
  }

  private boolean anyFind(String kind, String line) {
    for (Pattern p : patterns.getOrDefault(kind, List.of())) {
      if (p.matcher(line).find()) return true;
    }
    return false;
  }
}
