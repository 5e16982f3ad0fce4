package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.annotate.entities.EntityLexicon;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Span;
import org.dossier.core.pipeline.Annotator;

/**
 * Quotes by rule: every stretch in quotation marks that reports words, and every reported statement
 * introduced by a speech verb or "according to" in a sentence without quotation marks, each with its speaker
 * and relay chain (see {@link CueFinder}, {@link Chains}). Needs only tokens and entity mentions, so it is
 * fast and bounded on any input.
 */
public final class RuleQuoteAnnotator implements Annotator {
  private static final EntityLexicon LEXICON = EntityLexicon.standard();
  /** How far (characters) a quote with no cue of its own may be from the previous one to continue it. */
  private static final int CONTINUATION_REACH = 400;
  /** A reported clause holding quoted words is kept as a quote of its own when this many words are unquoted. */
  private static final int MIN_WORDS_OUTSIDE = 4;
  /** Unattributed quoted terms this short are scare quotes, not someone's words. */
  private static final int SCARE_WORDS = 3;

  /** The parser whose arcs give speakers, or null to read speakers from plain tokens only. */
  private final NlpPipeline nlp;

  /** Speakers from the shared pipeline's dependency parse (cached per text, so free after the entities). */
  public RuleQuoteAnnotator() {
    this(NlpPipeline.shared());
  }

  public RuleQuoteAnnotator(NlpPipeline nlp) {
    this.nlp = nlp;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of(EntityMention.class);
  }

  @Override
  public Set<Class<? extends Annotation>> provides() {
    return Set.of(Quote.class);
  }

  @Override
  public List<Annotation> annotate(Article article, List<Annotation> soFar) {
    return new ArrayList<>(quotes(article, Mentions.of(soFar)));
  }

  /** The article's quotes in text order. */
  public List<Quote> quotes(Article article, Mentions mentions) {
    String text = article.text();
    List<Span> marks = QuoteMarks.find(text, 0, text.length()).stream()
        .filter(q -> !isScare(text, q, mentions)).toList();
    SpeakerResolver resolver = new SpeakerResolver(text, mentions, article.outlet());
    CueFinder finder = new CueFinder(text, mentions, resolver, syntax(article, mentions, resolver, marks));
    List<Span> sentences = Sentences.split(text);
    List<List<Span>> inside = new ArrayList<>();
    List<List<Cue>> cues = new ArrayList<>();
    for (Span sentence : sentences) {
      List<Span> in = marks.stream().filter(q -> q.overlaps(sentence)).toList();
      inside.add(in);
      cues.add(finder.find(sentence, in));
    }
    List<Quote> out = new ArrayList<>();
    Set<Span> cued = new java.util.HashSet<>(); // quotations with an attribution of their own, however vague
    for (int i = 0; i < sentences.size(); i++) {
      Span sentence = sentences.get(i);
      List<Quote> said = statements(text, sentence, cues.get(i));
      if (inside.get(i).isEmpty()) {
        out.addAll(said);
        continue;
      }
      List<Span> here = inside.get(i);
      said.stream().filter(q -> isOwnStatement(text, q.span(), here)).forEach(out::add);
      for (Span q : inside.get(i)) {
        if (q.begin() < sentence.begin()) continue; // a quote running over sentences is taken where it starts
        List<Cue> around = new ArrayList<>(cues.get(i));
        int j = i + 1;
        for (; j < sentences.size() && sentences.get(j).begin() <= q.end(); j++) around.addAll(cues.get(j));
        around.removeIf(c -> !Chains.applies(c, q));
        if (around.isEmpty() && j < sentences.size() && text.substring(q.end(), sentences.get(j).begin()).indexOf('\n') < 0) {
          around.addAll(opening(cues.get(j), sentences.get(j)));
        }
        if (around.isEmpty() && i > 0 && text.substring(sentences.get(i - 1).begin(), sentences.get(i - 1).end()).strip()
            .endsWith(":")) { // "In a statement, the ministry said:" then the quotation
          cues.get(i - 1).stream().filter(Cue::introducesStatements).reduce((a, b) -> b).ifPresent(around::add);
        }
        if (around.isEmpty()) labelCue(text, sentence, q, mentions).ifPresent(around::add);
        subjectCue(text, q, mentions).ifPresent(around::add);
        if (!around.isEmpty()) cued.add(q);
        Chains.Attribution a = Chains.order(around, q);
        out.add(new Quote(q, q.of(text), a.speaker(), a.via(), sentence));
      }
    }
    out.sort(java.util.Comparator.comparing(Quote::span));
    Predicate<String> media = relay -> LEXICON.stateMediaCountry(relay) != null
        || mentions.all().stream().anyMatch(m -> m.entity().equals(relay) && resolver.isMedia(m));
    List<Quote> attributed = AccountRelay.apply(text, continueAndInherit(out, marks, cued, media), mentions, sentences);
    return attributed.stream().filter(q -> !isScareTerm(text, q, marks, cued)).map(q -> withoutOutlet(q, article.outlet()))
        .toList();
  }

  /** The publishing outlet is the last link of every chain, never a relay of its own ("told The Courier"). */
  private static Quote withoutOutlet(Quote q, String outlet) {
    if (outlet == null || q.via().isEmpty()) return q;
    String key = key(outlet);
    List<String> via = q.via().stream().filter(v -> !key(v).equals(key)).toList();
    return via.size() == q.via().size() ? q : new Quote(q.span(), q.text(), q.speaker(), via, q.sentence());
  }

  private static String key(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("^the\\s+|[^\\p{L}\\p{N}]+", "");
  }

  /** A term of a few words in quotation marks that no one is said to have said: scare quotes, a label. */
  private static boolean isScareTerm(String text, Quote q, List<Span> marks, Set<Span> cued) {
    if (q.speaker() != null || !q.via().isEmpty() || !marks.contains(q.span()) || cued.contains(q.span())) return false;
    return TextToken.of(text, q.span().begin(), q.span().end()).stream().filter(TextToken::isWord).count() <= SCARE_WORDS;
  }

  /**
   * "“... right?” Lee said.": the attribution that opens the next sentence of the paragraph, split off at
   * the question mark.
   */
  private static List<Cue> opening(List<Cue> next, Span sentence) {
    return next.stream().filter(c -> c.span().begin() <= sentence.begin() + 1 && c.kind() == Cue.Kind.SAY
        && !c.strength().equals("mark")).limit(1).toList();
  }

  /** The parse's speakers for the article, or null when there is no parse. */
  private SyntaxSpeakers syntax(Article article, Mentions mentions, SpeakerResolver resolver, List<Span> marks) {
    if (nlp == null || !nlp.parses()) return null;
    Parse parse = Parse.of(nlp.parse(article));
    if (parse.isEmpty()) return null;
    return new SyntaxSpeakers(article.text(), mentions, parse, resolver, article.outlet(), marks);
  }

  /**
   * The reported clauses of a sentence: the first attributing cue's, then those of later cues with a
   * speaker of their own whose clause lies apart ("X said A, with Y vowing to B").
   */
  private static List<Quote> statements(String text, Span sentence, List<Cue> cues) {
    List<Quote> out = new ArrayList<>();
    List<Cue> principals = new ArrayList<>();
    for (Cue cue : cues) {
      if (!cue.introducesStatements() || (!out.isEmpty() && cue.subjectBegin() < 0)) continue;
      Span clause = Statements.clause(text, sentence, cue, cues);
      if (clause == null || out.stream().anyMatch(q -> q.span().overlaps(clause))
          || (!out.isEmpty() && cues.stream().anyMatch(c -> c != cue && c.span().overlaps(clause)))) {
        if (out.isEmpty()) return out;
        continue;
      }
      principals.add(cue);
      out.add(new Quote(clause, clause.of(text), null, List.of(), sentence));
    }
    List<Quote> attributed = new ArrayList<>(out.size());
    for (int k = 0; k < out.size(); k++) {
      Cue own = principals.get(k);
      List<Cue> relays = cues.stream().filter(c -> c == own || !principals.contains(c)).toList();
      Quote q = out.get(k);
      Chains.Attribution a = Chains.order(own, relays, q.span());
      if (k > 0 && a.speaker() != null && a.speaker().equals(attributed.get(0).speaker())) continue;
      attributed.add(new Quote(q.span(), q.text(), a.speaker(), a.via(), sentence));
    }
    return attributed;
  }

  /**
   * A reported clause in a sentence that also has quotation marks is a quote of its own when it holds no
   * quoted words, or when they are a small part of it (the long form of "he was 'willing' to ...").
   */
  private static boolean isOwnStatement(String text, Span clause, List<Span> quotes) {
    long outside = 0;
    long quoted = 0;
    for (TextToken t : TextToken.of(text, clause.begin(), clause.end())) {
      if (!t.isWord()) continue;
      if (quotes.stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end())) quoted++;
      else outside++;
    }
    boolean straddles = quotes.stream().anyMatch(q -> q.overlaps(clause) && !clause.contains(q));
    return !straddles && outside >= MIN_WORDS_OUTSIDE && outside >= 2 * quoted;
  }

  /** "Lee: Troops 'will not stay'": a name opening a line and followed by a colon labels the words after it. */
  private static java.util.Optional<Cue> labelCue(String text, Span sentence, Span q, Mentions mentions) {
    EntityMention m = mentions.covering(sentence.begin());
    if (m == null || m.kind() != org.dossier.core.model.EntityKind.PERSON || m.span().end() >= q.begin()) {
      return java.util.Optional.empty();
    }
    int colon = m.span().end();
    while (colon < q.begin() && text.charAt(colon) == ' ') colon++;
    if (colon >= q.begin() || text.charAt(colon) != ':') return java.util.Optional.empty();
    return java.util.Optional.of(new Cue(Cue.Kind.SUBJECT, "core", m.span(), m.span(), List.of(m.entity()), m.span().begin()));
  }

  /** X "affirmed that ...": a mention right before a quote that opens with a lower-case verb speaks it. */
  private static java.util.Optional<Cue> subjectCue(String text, Span q, Mentions mentions) {
    int mark = q.begin() - 1;
    if (mark < 1 || !Character.isLowerCase(text.charAt(q.begin()))) return java.util.Optional.empty();
    EntityMention m = mentions.lastBefore(mark, x -> text.substring(x.span().end(), mark).isBlank());
    if (m == null || m.span().end() < mark - 2) return java.util.Optional.empty();
    return java.util.Optional.of(new Cue(Cue.Kind.SUBJECT, "core", m.span(), m.span(), List.of(m.entity()), m.span().begin()));
  }

  /** Scare quotes around a name or a short title in capitals are no one's words. */
  private static boolean isScare(String text, Span q, Mentions mentions) {
    EntityMention m = mentions.covering(q.begin());
    if (m != null && m.span().begin() == q.begin() && m.span().end() >= q.end()) return true;
    List<TextToken> words = TextToken.of(text, q.begin(), q.end()).stream().filter(TextToken::isWord).toList();
    return words.size() <= 3 && !words.isEmpty() && words.stream().allMatch(TextToken::isCapitalized)
        && !text.substring(q.begin(), q.end()).matches(".*[.!?,]$");
  }

  /**
   * A quote without a cue continues the previous quote when close by; a person's quote without a relay
   * takes the news medium that relayed that person's earlier quote in the article (the article named it
   * once); a reporter or a body the person spoke to once relays only those words.
   */
  private static List<Quote> continueAndInherit(List<Quote> quotes, List<Span> marks, Set<Span> cued,
      Predicate<String> media) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Map<String, List<String>> viaBySpeaker = new HashMap<>();
    Quote prev = null;
    for (Quote q : quotes) {
      Quote r = q;
      if (r.speaker() == null && r.via().isEmpty() && prev != null && prev.speaker() != null
          && marks.contains(q.span()) && !cued.contains(q.span())
          && q.span().begin() - prev.span().end() <= CONTINUATION_REACH) {
        r = new Quote(q.span(), q.text(), prev.speaker(), prev.via(), q.sentence());
      }
      if (r.speaker() != null) {
        List<String> known = viaBySpeaker.get(r.speaker());
        if (known != null && !known.isEmpty() && !r.via().contains(known.get(0))) {
          List<String> via = new ArrayList<>(known.subList(0, 1));
          via.addAll(r.via());
          r = new Quote(r.span(), r.text(), r.speaker(), via, r.sentence());
        }
        if (!r.via().isEmpty() && media.test(r.via().get(0))) viaBySpeaker.putIfAbsent(r.speaker(), r.via());
      }
      out.add(r);
      prev = r;
    }
    return out;
  }
}
