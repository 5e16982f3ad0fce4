package org.dossier.annotate.quotes;

import java.util.List;
import org.dossier.core.model.Span;

/**
 * One attribution found in a sentence: "X said", "according to X", "Y quoted X as saying", "citing Z".
 *
 * @param kind what sort of attribution
 * @param strength how firmly the verb attributes words (core, report, mark, participle)
 * @param span the whole cue, from its speaker to its verb, for distance and clause cutting
 * @param verb the attributing word(s)
 * @param chain the names it contributes, the one closest to the words first (a name may be null when the
 *     cue names an unnamed speaker such as "analysts")
 * @param subjectBegin where the speaker phrase starts (for cutting a postposed clause), or -1
 */
public record Cue(Kind kind, String strength, Span span, Span verb, List<String> chain, int subjectBegin) {
  public enum Kind { SAY, ACCORDING, QUOTED_AS, CITING, SUBJECT }

  public Cue {
    chain = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(chain)); // may hold null
  }

  /** True for cues that may introduce a reported statement without quotation marks. */
  public boolean introducesStatements() {
    return kind == Kind.ACCORDING || kind == Kind.QUOTED_AS
        || (kind == Kind.SAY && !strength.equals("mark"));
  }

  /** Characters between this cue and a span of text (0 when they touch or overlap). */
  public int distanceTo(Span target) {
    if (span.end() <= target.begin()) return target.begin() - span.end();
    if (target.end() <= span.begin()) return span.begin() - target.end();
    return 0;
  }
}
