package org.dossier.annotate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Span;

/**
 * An immutable view of one CoreNLP run over a text: sentences with tokens, NER mentions and SUTime's
 * time expressions. No CoreNLP type leaks out of this package.
 *
 * @param text the text as given (every span is an offset into it)
 * @param date the reference date SUTime resolved relative expressions against, or null
 * @param sentences in order
 * @param mentions NER mentions of every kind, in text order
 * @param timexes SUTime's time expressions, in text order
 * @param notes one line per thing bounded or skipped ("sentence 3 split into 4 chunks of at most 120
 *     tokens", "text cut at 300000 of 512000 chars"); empty when the whole text was parsed as is
 */
public record ParsedText(String text, PartialDate date, List<Sentence> sentences, List<NerMention> mentions,
    List<Timex> timexes, List<String> notes) {
  public ParsedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
    notes = List.copyOf(notes);
  }

  /** The sentence containing the character offset, or null when it falls between sentences. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.begin()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return sentences.get(mid);
      }
    }
    return null;
  }

  /** The tokens lying wholly inside the span, in order. */
  public List<Token> tokensIn(Span span) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.span().end() <= span.begin()) continue;
      if (s.span().begin() >= span.end()) break;
      for (Token t : s.tokens()) {
        if (span.contains(t.span())) out.add(t);
      }
    }
    return out;
  }

  /** The NER mentions of one kind ("PERSON", "NUMBER", ...). */
  public List<NerMention> mentions(String kind) {
    return mentions.stream().filter(m -> m.kind().equals(kind)).toList();
  }

  /** Total number of tokens. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
