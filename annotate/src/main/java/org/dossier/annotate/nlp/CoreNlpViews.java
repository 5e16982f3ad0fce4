package org.dossier.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Span;

/** Copies what Dossier needs out of a CoreNLP annotation into the immutable records of this package. */
final class CoreNlpViews {
  private static final List<String> TIME_KINDS = List.of("DATE", "TIME", "DURATION", "SET");

  private CoreNlpViews() {}

  static ParsedText view(String text, PartialDate date, Annotation doc, List<String> notes) {
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>();
    if (coreSentences != null) {
      for (CoreMap s : coreSentences) sentences.add(sentence(sentences.size(), s));
    }
    List<NerMention> mentions = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> coreMentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (coreMentions != null) {
      for (CoreMap m : coreMentions) add(text, m, mentions, timexes);
    }
    return new ParsedText(text, date, sentences, mentions, timexes, notes);
  }

  private static Sentence sentence(int index, CoreMap s) {
    List<CoreLabel> coreTokens = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(coreTokens.size());
    for (CoreLabel t : coreTokens) {
      tokens.add(new Token(tokens.size(), new Span(t.beginPosition(), t.endPosition()), t.word(), t.tag(),
          t.lemma(), t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    Span span = tokens.isEmpty() ? new Span(0, 0)
        : new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
    return new Sentence(index, span, tokens, dependencies(s));
  }

  private static List<Dependency> dependencies(CoreMap s) {
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (g == null) return List.of();
    List<Dependency> arcs = new ArrayList<>();
    for (IndexedWord root : g.getRoots()) arcs.add(new Dependency("root", -1, root.index() - 1));
    for (SemanticGraphEdge e : g.edgeListSorted()) {
      arcs.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
    }
    return arcs;
  }

  private static void add(String text, CoreMap m, List<NerMention> mentions, List<Timex> timexes) {
    List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
    String kind = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    if (tokens == null || tokens.isEmpty() || kind == null) return;
    CoreLabel first = tokens.get(0);
    Span span = new Span(first.beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    int sentence = first.sentIndex();
    int firstToken = first.index() - 1;
    int endToken = firstToken + tokens.size();
    String surface = span.of(text);
    edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
    String normalized = timex != null ? timex.value()
        : m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    mentions.add(new NerMention(span, surface, kind, sentence, firstToken, endToken, normalized));
    if (TIME_KINDS.contains(kind)) {
      String type = timex != null && timex.timexType() != null ? timex.timexType() : kind;
      timexes.add(new Timex(span, surface, type, normalized, sentence, firstToken, endToken));
    }
  }
}
