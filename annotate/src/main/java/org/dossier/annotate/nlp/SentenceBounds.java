package org.dossier.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts over-long sentences into chunks after tokenisation and sentence splitting, before the taggers
 * run, so that one enormous "sentence" (a table, a list, text without punctuation) costs bounded work.
 */
final class SentenceBounds {
  /** Tokens after which a cut reads most naturally. */
  private static final Set<String> SOFT_BREAKS = Set.of(",", ";", ":", "-", "--", "|");

  private final int maxTokens;

  SentenceBounds(int maxTokens) {
    this.maxTokens = maxTokens;
  }

  /** Replaces the annotation's sentences by bounded chunks, adding a note per cut sentence. */
  void apply(Annotation doc, List<String> notes) {
    List<CoreMap> in = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (in == null) return;
    List<CoreMap> out = new ArrayList<>(in.size());
    for (CoreMap s : in) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxTokens) {
        out.add(s);
        continue;
      }
      int before = out.size();
      for (int from = 0; from < tokens.size(); ) {
        int to = cut(tokens, from);
        out.add(chunk(doc, tokens.subList(from, to)));
        from = to;
      }
      notes.add("sentence at char " + tokens.get(0).beginPosition() + " has " + tokens.size()
          + " tokens: split into " + (out.size() - before) + " chunks of at most " + maxTokens);
    }
    renumber(out);
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  private int cut(List<CoreLabel> tokens, int from) {
    int hard = Math.min(tokens.size(), from + maxTokens);
    if (hard == tokens.size()) return hard;
    for (int i = hard - 1; i > from + maxTokens / 2; i--) {
      if (SOFT_BREAKS.contains(tokens.get(i).word())) return i + 1;
    }
    return hard;
  }

  private static CoreMap chunk(Annotation doc, List<CoreLabel> tokens) {
    CoreMap s = new ArrayCoreMap();
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TextAnnotation.class, doc.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
    return s;
  }

  /** Sentence and token indices as the downstream annotators expect them after a cut. */
  private static void renumber(List<CoreMap> sentences) {
    int tokenOffset = 0;
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
      s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
      for (int t = 0; t < tokens.size(); t++) {
        tokens.get(t).setSentIndex(i);
        tokens.get(t).setIndex(t + 1);
      }
      tokenOffset += tokens.size();
    }
  }
}
