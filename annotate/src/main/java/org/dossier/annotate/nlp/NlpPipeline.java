package org.dossier.annotate.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dossier.core.model.Article;
import org.dossier.core.model.PartialDate;

/**
 * The one CoreNLP pipeline of a JVM: loaded once ({@link #shared()}, about ten seconds), thread-safe,
 * with a small cache so that several annotators working on the same article parse it once.
 *
 * <p>Work is bounded: texts past {@code dossier.maxTextChars} are cut and sentences past {@code
 * dossier.maxSentenceTokens} are split into chunks before tagging; both are reported in {@link
 * ParsedText#notes()}. Messy text never throws: a CoreNLP failure yields an empty view with a note.
 */
public final class NlpPipeline {
  private static volatile NlpPipeline shared;

  private final NlpSettings settings;
  private final SentenceBounds bounds;
  private final Map<Key, ParsedText> cache;
  private final ParseCache disk;
  private volatile Models models;

  private record Models(StanfordCoreNLP splitter, StanfordCoreNLP taggers) {}

  private record Key(String text, String date) {}

  private NlpPipeline(NlpSettings settings) {
    this.settings = settings;
    this.disk = ParseCache.fromEnvironment(settings);
    if (disk == null) models();
    this.bounds = new SentenceBounds(settings.maxSentenceTokens());
    int size = settings.cacheSize();
    this.cache = new LinkedHashMap<>(size * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, ParsedText> eldest) {
        return size() > size;
      }
    };
  }

  /** The JVM-wide pipeline with the shipped settings; the first call loads the models. */
  public static NlpPipeline shared() {
    NlpPipeline p = shared;
    if (p == null) {
      synchronized (NlpPipeline.class) {
        p = shared;
        if (p == null) shared = p = new NlpPipeline(NlpSettings.defaults());
      }
    }
    return p;
  }

  /** The CoreNLP models, loaded on first need (at once unless a parse cache may spare them). */
  private Models models() {
    Models m = models;
    if (m == null) {
      synchronized (this) {
        m = models;
        if (m == null) {
          StanfordCoreNLP splitter = new StanfordCoreNLP(withAnnotators(settings.coreNlp(), "tokenize,ssplit"));
          String rest = settings.coreNlp().getProperty("annotators").replaceFirst("^tokenize,ssplit,?", "");
          StanfordCoreNLP taggers = new StanfordCoreNLP(
              withAnnotators(settings.coreNlp(), rest + (settings.parse() ? ",depparse" : "")), false);
          models = m = new Models(splitter, taggers);
        }
      }
    }
    return m;
  }

  /** A separate pipeline with other settings (benchmarks, experiments); loads its own models. */
  public static NlpPipeline create(NlpSettings settings) {
    return new NlpPipeline(settings);
  }

  public NlpSettings settings() {
    return settings;
  }

  /** Whether sentences carry dependency arcs. */
  public boolean parses() {
    return settings.parse();
  }

  /** Parses an article's text against its publication date. */
  public ParsedText parse(Article article) {
    return parse(article.text(), article.published());
  }

  /**
   * Parses a text, resolving relative time expressions against {@code date} (null: left unresolved).
   * Returns the cached view when the same text and date were parsed recently.
   */
  public ParsedText parse(String text, PartialDate date) {
    Key key = new Key(text, date == null ? null : date.iso());
    synchronized (cache) {
      ParsedText hit = cache.get(key);
      if (hit != null) return hit;
    }
    ParsedText parsed = disk == null ? null : disk.get(text, date);
    if (parsed == null) {
      parsed = parseUncached(text, date);
      if (disk != null) disk.put(text, date, parsed);
    }
    synchronized (cache) {
      cache.put(key, parsed);
    }
    return parsed;
  }

  private ParsedText parseUncached(String text, PartialDate date) {
    List<String> notes = new ArrayList<>();
    if (text.isBlank()) {
      notes.add("empty text: nothing to parse");
      return new ParsedText(text, date, List.of(), List.of(), List.of(), notes);
    }
    String parsed = text;
    if (text.length() > settings.maxTextChars()) {
      int cut = settings.maxTextChars();
      if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
      parsed = text.substring(0, cut);
      notes.add("text cut at char " + cut + " of " + text.length() + " (dossier.maxTextChars)");
    }
    try {
      Annotation doc = new Annotation(parsed);
      if (date != null) doc.set(CoreAnnotations.DocDateAnnotation.class, sutimeDate(date));
      Models m = models();
      m.splitter().annotate(doc);
      bounds.apply(doc, notes);
      m.taggers().annotate(doc);
      return CoreNlpViews.view(text, date, doc, notes);
    } catch (edu.stanford.nlp.util.RuntimeInterruptedException e) {
      throw e; // the page's time ran out (core's Watchdog): no parse, and nothing cached
    } catch (RuntimeException e) {
      notes.add("CoreNLP failed, text left unparsed: " + e);
      return new ParsedText(text, date, List.of(), List.of(), List.of(), notes);
    }
  }

  /** SUTime wants a full date; a month or year is anchored at its first day. */
  private static String sutimeDate(PartialDate d) {
    return switch (d.precision()) {
      case YEAR -> "%04d-01-01".formatted(d.year());
      case MONTH -> "%04d-%02d-01".formatted(d.year(), d.month());
      default -> "%04d-%02d-%02d".formatted(d.year(), d.month(), d.day());
    };
  }

  private static Properties withAnnotators(Properties base, String annotators) {
    Properties p = new Properties();
    p.putAll(base);
    p.setProperty("annotators", annotators);
    return p;
  }
}
