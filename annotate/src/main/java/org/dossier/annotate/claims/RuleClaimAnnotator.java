package org.dossier.annotate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.annotate.quotes.Attributions;
import org.dossier.annotate.quotes.Mentions;
import org.dossier.annotate.quotes.Sentences;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.Annotator;

/**
 * Claims by rule: every quantity stated about the world ({@link QuantityFinder}, reading the article's
 * dependency parse), with who asserts it. A number inside a quote or reported statement is asserted by its
 * speaker, relayed by the quote's chain and then the publishing outlet; any other number by the attribution
 * that governs its clause in the parse ("X reported $2.5 billion", "according to X" on a verb above it, see
 * {@link Attributions}), else by the outlet itself. Dates and clock times found by the time annotator are
 * not claims; durations are.
 */
public final class RuleClaimAnnotator implements Annotator {
  private static final Pattern ISO_PREFIX = Pattern.compile("^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private final Supplier<NlpPipeline> nlp;

  /** Claims read with the shared pipeline's dependency parse (cached per text, so free after the entities). */
  public RuleClaimAnnotator() {
    this(NlpPipeline::shared);
  }

  /** Claims read with the given pipeline's parse; a null pipeline reads by word order alone. */
  public RuleClaimAnnotator(Supplier<NlpPipeline> nlp) {
    this.nlp = nlp;
  }

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of(EntityMention.class, TimeMention.class, Quote.class);
  }

  @Override
  public Set<Class<? extends Annotation>> provides() {
    return Set.of(Claim.class);
  }

  @Override
  public List<Annotation> annotate(Article article, List<Annotation> soFar) {
    return new ArrayList<>(claims(article, soFar));
  }

  public List<Claim> claims(Article article, List<Annotation> soFar) {
    String text = article.text();
    Mentions mentions = Mentions.of(soFar);
    List<Quote> quotes = soFar.stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
    List<TimeMention> times = soFar.stream().filter(TimeMention.class::isInstance).map(TimeMention.class::cast).toList();
    NlpPipeline pipeline = nlp.get();
    Syntax syntax = pipeline == null || !pipeline.parses() ? Syntax.NONE : Syntax.of(pipeline.parse(article));
    Attributions attributions = Attributions.of(article, mentions, quotes.stream().map(Quote::span).toList());
    List<Claim> out = new ArrayList<>();
    for (Span sentence : Sentences.split(text)) {
      for (Quantity q : QuantityFinder.find(text, sentence.begin(), sentence.end(), syntax)) {
        if (isDateOrClock(q, times) || insideName(q, mentions)) continue;
        out.add(claim(article, q, sentence, quotes, times, mentions, attributions));
      }
    }
    return out;
  }

  private static Claim claim(Article article, Quantity q, Span sentence, List<Quote> quotes, List<TimeMention> times,
      Mentions mentions, Attributions attributions) {
    Quote said = quotes.stream().filter(x -> x.span().contains(q.span())).findFirst().orElse(null);
    String outlet = article.outlet();
    String source = outlet;
    List<String> via = new ArrayList<>();
    if (said != null && (said.speaker() != null || !said.via().isEmpty())) {
      source = said.speaker();
      via.addAll(said.via());
    } else if (said == null) { // "X reported $2.5 billion", "X expects 16 million": the governing attribution
      Attributions.Source governing = attributions.governing(q.number());
      if (governing != null && governing.name() != null) {
        source = governing.name();
        via.addAll(governing.via());
      }
    }
    if (outlet != null && !outlet.equals(source) && !via.contains(outlet)) via.add(outlet);
    String finalSource = source;
    EntityMention subject = mentions.lastBefore(q.span().begin(),
        m -> m.span().begin() >= sentence.begin() && !m.entity().equals(finalSource));
    return new Claim(q.span(), q.value(), q.unit(), q.qualifier(), q.about(), subject == null ? null : subject.entity(),
        timeOf(sentence, times), source, via);
  }

  private static boolean isDateOrClock(Quantity q, List<TimeMention> times) {
    for (TimeMention t : times) {
      boolean pointInTime = t.kind() == TimeMention.Kind.DATE || t.kind() == TimeMention.Kind.TIME;
      if (pointInTime && t.span().overlaps(q.number())) return true;
    }
    return false;
  }

  /** "38 North", "Boeing 777": a number that is part of a name. */
  private static boolean insideName(Quantity q, Mentions mentions) {
    return mentions.covering(q.number().begin()) != null || mentions.covering(q.number().end() - 1) != null;
  }

  private static String timeOf(Span sentence, List<TimeMention> times) {
    for (TimeMention t : times) {
      if (t.kind() == TimeMention.Kind.DATE && sentence.contains(t.span())) {
        Matcher m = ISO_PREFIX.matcher(t.value());
        if (m.find()) return m.group();
      }
    }
    return null;
  }
}
