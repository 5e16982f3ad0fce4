package org.dossier.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.store.SearchQuery;

/**
 * A fixed, seeded mix of searches over articles derived by {@link ArticleDeriver}: single words, word
 * pairs, phrases, and words filtered by entity, outlet, date range or role, each built from the seeds'
 * own words and entities so that most of them match something.
 */
public final class QuerySet {
  /** The kinds of search in the mix, in turn. */
  public enum Kind { WORD, WORDS, PHRASE, ENTITY, OUTLET, DATES, ROLE, COMBINED }

  /** One search of the set and its kind. */
  public record Query(Kind kind, SearchQuery query) {}

  /** Words shorter than this are mostly stop words or too common to tell articles apart. */
  private static final int MIN_WORD = 5;

  private QuerySet() {}

  /** {@code count} searches returning at most {@code limit} hits each. */
  public static List<Query> of(List<AnnotatedArticle> seeds, int count, int limit, long seed) {
    Random r = new Random(seed);
    List<Query> out = new ArrayList<>();
    Kind[] kinds = Kind.values();
    for (int i = 0; i < count; i++) {
      AnnotatedArticle from = seeds.get(r.nextInt(seeds.size()));
      Kind kind = kinds[i % kinds.length];
      out.add(new Query(kind, build(kind, from, r, limit)));
    }
    return out;
  }

  private static SearchQuery build(Kind kind, AnnotatedArticle from, Random r, int limit) {
    List<String> words = words(from.article().text());
    String word = words.isEmpty() ? "news" : words.get(r.nextInt(words.size()));
    String entity = entity(from, r);
    return switch (kind) {
      case WORD -> new SearchQuery(word, null, null, null, null, null, limit);
      case WORDS -> new SearchQuery(word + " " + pick(words, r), null, null, null, null, null, limit);
      case PHRASE -> new SearchQuery(phrase(from.article().text(), r), null, null, null, null, null, limit);
      case ENTITY -> new SearchQuery(word, entity, null, null, null, null, limit);
      case OUTLET -> new SearchQuery(word, null, ArticleDeriver.outlet(r.nextInt(ArticleDeriver.OUTLETS / 3)), null,
          null, null, limit);
      case DATES -> {
        LocalDate begin = randomDay(r);
        yield new SearchQuery(word, null, null, null, begin, begin.plusDays(30 + r.nextInt(700)), limit);
      }
      case ROLE -> new SearchQuery(word, null, null, (r.nextBoolean() ? Role.FEED : Role.RELATED).wire(), null, null,
          limit);
      case COMBINED -> {
        LocalDate begin = randomDay(r);
        yield new SearchQuery(word + " " + pick(words, r), entity, null, Role.MAIN.wire(), begin,
            begin.plusYears(2), limit);
      }
    };
  }

  private static String pick(List<String> words, Random r) {
    return words.isEmpty() ? "report" : words.get(r.nextInt(words.size()));
  }

  private static LocalDate randomDay(Random r) {
    return LocalDate.of(ArticleDeriver.FIRST_YEAR, 1, 1).plusDays(r.nextInt(365 * ArticleDeriver.YEARS));
  }

  private static String entity(AnnotatedArticle from, Random r) {
    List<EntityMention> mentions = from.all(EntityMention.class);
    return mentions.isEmpty() ? null : mentions.get(r.nextInt(mentions.size())).entity();
  }

  /** The distinct plain words of the text long enough to be worth searching for. */
  private static List<String> words(String text) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String w : text.split("[^\\p{L}]+")) if (w.length() >= MIN_WORD) out.add(w);
    return List.copyOf(out);
  }

  /** Two or three words that follow each other in the text, quoted. */
  private static String phrase(String text, Random r) {
    String[] tokens = text.split("[^\\p{L}]+");
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i].length() >= 3 && tokens[i + 1].length() >= 3 && tokens[i + 2].length() >= 3) starts.add(i);
    }
    if (starts.isEmpty()) return "\"news report\"";
    int i = starts.get(r.nextInt(starts.size()));
    int n = r.nextBoolean() ? 2 : 3;
    StringBuilder p = new StringBuilder(tokens[i]);
    for (int k = 1; k < n; k++) p.append(' ').append(tokens[i + k]);
    return "\"" + p + "\"";
  }
}
