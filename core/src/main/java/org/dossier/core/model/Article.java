package org.dossier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One article cut out of a page: the page's own story, an embedded related article, or a feed item.
 *
 * @param id stable across runs for the same page (see {@link Ids#article})
 * @param page the {@link RawPage#name()} it came from
 * @param role what it is to the page
 * @param outlet the publishing outlet, or null when the page does not say
 * @param url its own URL, or null
 * @param title headline, or null
 * @param authors by-lined authors, possibly empty
 * @param published publication time at its known precision, or null
 * @param language ISO 639-1 code, or null when undetected
 * @param text clean body text, paragraphs separated by a blank line
 * @param paragraphs the span of each paragraph in {@code text}
 */
public record Article(
    String id, String page, Role role, String outlet, String url, String title, List<String> authors,
    PartialDate published, String language, String text, List<Span> paragraphs) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    for (Span p : paragraphs) {
      if (!p.fitsIn(text)) throw new IllegalArgumentException("paragraph " + p + " outside text");
    }
  }

  /**
   * Builds the text and paragraph spans from paragraphs (blank ones are dropped); control characters are
   * dropped from the text and the page's labels.
   */
  public static Article of(String id, String page, Role role, String outlet, String url, String title,
      List<String> authors, PartialDate published, String language, List<String> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new java.util.ArrayList<>();
    for (String p : paragraphs) {
      String s = ControlChars.drop(p, true).strip();
      if (s.isEmpty()) continue;
      if (!text.isEmpty()) text.append("\n\n");
      spans.add(new Span(text.length(), text.length() + s.length()));
      text.append(s);
    }
    return new Article(id, page, role, ControlChars.drop(outlet, false), url, ControlChars.drop(title, false),
        authors.stream().map(a -> ControlChars.drop(a, false)).toList(), published, language, text.toString(), spans);
  }

  public Article withLanguage(String lang) {
    return new Article(id, page, role, outlet, url, title, authors, published, lang, text, paragraphs);
  }

  public Article withId(String newId) {
    return new Article(newId, page, role, outlet, url, title, authors, published, language, text, paragraphs);
  }
}
