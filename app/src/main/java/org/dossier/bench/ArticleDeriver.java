package org.dossier.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Gist;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.AnnotatedArticle;

/**
 * Derives any number of distinct annotated articles from a few annotated seed articles, without
 * annotating again: each derived article keeps a random subset of one seed's paragraphs, mixes in
 * paragraphs of other seeds, and gets its own page, id, outlet, date and role. Annotations move with
 * their paragraph, so every derived fact still points at the words that state it. Seeded: the same seed
 * and index give the same article.
 */
public final class ArticleDeriver {
  /** Derived outlets; their popularity is skewed, as in a real crawl. */
  static final int OUTLETS = 300;
  /** Publication days are spread over these years. */
  static final int FIRST_YEAR = 2015, YEARS = 11;
  /** Chance to keep each paragraph of the main seed, and most paragraphs mixed in from other seeds. */
  private static final double KEEP = 0.7;
  private static final int MAX_MIXED = 3;

  /** One paragraph of a seed, with the annotations that lie inside it, offsets relative to it. */
  private record Paragraph(String text, List<Annotation> annotations) {}

  private record Seed(Article article, List<Paragraph> paragraphs) {}

  /** A derived page: its name and its one article. */
  public record Derived(String page, AnnotatedArticle article) {}

  private final List<Seed> seeds = new ArrayList<>();
  private final long seed;

  public ArticleDeriver(List<AnnotatedArticle> seedArticles, long seed) {
    for (AnnotatedArticle aa : seedArticles) {
      if (!aa.article().paragraphs().isEmpty()) seeds.add(split(aa));
    }
    if (seeds.isEmpty()) throw new IllegalArgumentException("no seed article with text to derive from");
    this.seed = seed;
  }

  public int seeds() {
    return seeds.size();
  }

  /** The name outlet number {@code k} gets. */
  public static String outlet(int k) {
    return "Bench Outlet " + k;
  }

  /** The n-th derived article. */
  public Derived derive(long n) {
    Random r = new Random(seed * 1_000_003L + n);
    Seed main = seeds.get(r.nextInt(seeds.size()));
    List<Paragraph> chosen = new ArrayList<>();
    for (Paragraph p : main.paragraphs()) if (r.nextDouble() < KEEP) chosen.add(p);
    if (chosen.isEmpty()) chosen.add(main.paragraphs().get(r.nextInt(main.paragraphs().size())));
    int mixed = r.nextInt(MAX_MIXED + 1);
    for (int i = 0; i < mixed; i++) {
      Seed other = seeds.get(r.nextInt(seeds.size()));
      chosen.add(r.nextInt(chosen.size() + 1), other.paragraphs().get(r.nextInt(other.paragraphs().size())));
    }
    Role role = r.nextInt(10) < 8 ? Role.MAIN : r.nextBoolean() ? Role.RELATED : Role.FEED;
    int outlet = (int) (OUTLETS * Math.pow(r.nextDouble(), 2));
    LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(r.nextInt(365 * YEARS));
    String page = "bench/%s/%08d.html".formatted(day.getYear(), n);
    return new Derived(page, assemble(main.article(), chosen, page, role, outlet, day, n));
  }

  private static AnnotatedArticle assemble(Article like, List<Paragraph> chosen, String page, Role role, int outlet,
      LocalDate day, long n) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<Annotation> annotations = new ArrayList<>();
    for (Paragraph p : chosen) {
      if (!text.isEmpty()) text.append("\n\n");
      int at = text.length();
      spans.add(new Span(at, at + p.text().length()));
      text.append(p.text());
      for (Annotation a : p.annotations()) annotations.add(shift(a, at));
    }
    String url = "https://outlet%d.example/%s/story-%d".formatted(outlet, day, n);
    Article a = new Article(Ids.article(page, role, 0), page, role, outlet(outlet), url, like.title(), like.authors(),
        PartialDate.of(day), "en", text.toString(), spans);
    return new AnnotatedArticle(a, annotations);
  }

  private static Seed split(AnnotatedArticle aa) {
    Article a = aa.article();
    List<Paragraph> out = new ArrayList<>();
    for (Span p : a.paragraphs()) {
      List<Annotation> inside = new ArrayList<>();
      for (Annotation x : aa.annotations()) if (within(x, p)) inside.add(shift(x, -p.begin()));
      out.add(new Paragraph(p.of(a.text()), inside));
    }
    return new Seed(a, out);
  }

  /** Whether every span of the annotation lies in the paragraph, so it can move with it. */
  private static boolean within(Annotation x, Span p) {
    if (!p.contains(x.span())) return false;
    return switch (x) {
      case Quote q -> q.sentence() == null || p.contains(q.sentence());
      case EventMention e -> e.trigger() == null || p.contains(e.trigger());
      case Gist g -> false; // it means the seed's lead, not whatever text the paragraph lands in
      default -> true;
    };
  }

  static Annotation shift(Annotation x, int by) {
    return switch (x) {
      case EntityMention m -> new EntityMention(move(m.span(), by), m.text(), m.entity(), m.kind());
      case TimeMention t -> new TimeMention(move(t.span(), by), t.text(), t.value(), t.kind());
      case Quote q -> new Quote(move(q.span(), by), q.text(), q.speaker(), q.via(), move(q.sentence(), by));
      case Claim c -> new Claim(move(c.span(), by), c.value(), c.unit(), c.qualifier(), c.about(), c.subject(),
          c.time(), c.source(), c.via());
      case EventMention e -> new EventMention(move(e.span(), by), e.kind(), move(e.trigger(), by), e.actors(),
          e.date(), e.place(), e.summary());
      case Gist g -> new Gist(move(g.span(), by), g.model(), g.vector());
    };
  }

  private static Span move(Span s, int by) {
    return s == null ? null : new Span(s.begin() + by, s.end() + by);
  }
}
