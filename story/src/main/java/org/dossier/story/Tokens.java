package org.dossier.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into word and number tokens, noting which ones could be names. */
final class Tokens {
  /** One token: its lower-cased form, whether it is capitalised mid-sentence, whether it is a number. */
  record Token(String key, boolean capitalisedInside, boolean number) {}

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*|\\d[\\d,.]*\\d|\\d");
  private static final String SENTENCE_END = ".!?:\"“";
  private static final Set<String> STOP = load("stopwords.txt");

  private Tokens() {}

  /** The tokens of a text; a token after a line break or sentence end counts as sentence-initial. */
  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      String gap = text.substring(last, m.start());
      boolean initial = last == 0 || gap.indexOf('\n') >= 0 || endsSentence(gap);
      String raw = m.group();
      last = m.end();
      boolean number = Character.isDigit(raw.charAt(0));
      boolean cap = !number && !initial && Character.isUpperCase(raw.charAt(0));
      out.add(new Token(raw.toLowerCase(Locale.ROOT), cap, number));
    }
    return out;
  }

  /** Whether the text between two words ends a sentence or opens a quotation. */
  private static boolean endsSentence(String gap) {
    String g = gap.stripTrailing();
    return !g.isEmpty() && SENTENCE_END.indexOf(g.charAt(g.length() - 1)) >= 0;
  }

  /** Whether a token carries content: not a function word nor news boilerplate, not too short. */
  static boolean content(Token t) {
    return (t.number() || t.key().length() >= 3) && !STOP.contains(t.key());
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (var in = Tokens.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing from the story module's resources");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) continue;
        for (String w : line.strip().split("\\s+")) if (!w.isEmpty()) words.add(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
