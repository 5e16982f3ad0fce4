package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Span;

/**
 * A word, number or punctuation mark with its offsets in the article's text. The rule annotators work on
 * these light tokens so that they need no model and run in bounded time on any input.
 *
 * @param text the characters as written
 * @param begin offset of the first character
 * @param end offset after the last character
 */
public record TextToken(String text, int begin, int end) {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S");

  /** Tokens of {@code text.subSequence(from, to)}, with offsets into {@code text}. */
  public static List<TextToken> of(CharSequence text, int from, int to) {
    List<TextToken> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) out.add(new TextToken(m.group(), m.start(), m.end()));
    return out;
  }

  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  public Span span() {
    return new Span(begin, end);
  }

  public boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  public boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }
}
