package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.core.model.PartialDate;
import org.dossier.extract.meta.Byline;
import org.dossier.extract.meta.Dateline;
import org.dossier.extract.meta.NewsDates;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.Stamp;

/**
 * Reads one block's article fields: headline, paragraphs, authors, the outlet it names and its
 * publication time. Everything here comes from the block's own lines; page-level fallbacks are the
 * assembler's.
 */
final class BlockMeta {
  private final Block block;
  private final Outlets outlets;
  private final TextLexicon lexicon;
  private final List<String> paragraphs = new ArrayList<>();
  private NewsDates.MonthDay leadStamp;
  private String titleText;
  private String titleOutlet;

  private final List<Byline> boxes;

  BlockMeta(Block block, Outlets outlets, TextLexicon lexicon, List<Byline> boxes) {
    this.block = block;
    this.outlets = outlets;
    this.lexicon = lexicon;
    this.boxes = List.copyOf(boxes);
    readTitle();
    readParagraphs();
  }

  String title() {
    return titleText;
  }

  List<String> paragraphs() {
    return List.copyOf(paragraphs);
  }

  Dateline dateline() {
    return paragraphs.isEmpty() ? null : Dateline.parse(paragraphs.get(0), outlets);
  }

  /** Authors of the block's bylines and the given author boxes, once each, in order. */
  List<String> authors() {
    Map<String, String> byKey = new LinkedHashMap<>();
    List<Byline> all = new ArrayList<>(block.bylines());
    all.addAll(boxes);
    for (Byline b : all) {
      for (String a : b.authors()) byKey.putIfAbsent(a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""), a);
    }
    return List.copyOf(byKey.values());
  }

  /** The outlet the block names itself: source line, byline, headline suffix, agency stamp, dateline wire. */
  String ownOutlet() {
    if (block.source() != null) return block.source();
    List<Byline> all = new ArrayList<>(block.bylines());
    all.addAll(boxes);
    for (Byline b : all) if (b.outlet() != null) return b.outlet();
    if (titleOutlet != null) return titleOutlet;
    for (Stamp s : block.stamps()) if (s.source() != null) return s.source();
    Dateline d = dateline();
    return d == null ? null : d.agency();
  }

  /**
   * The publication time the block states, seen from {@code reference} (page or fetch time, may be
   * null): a byline time, a stamp, a live-blog stamp opening the text, a dateline day.
   */
  PartialDate published(PartialDate reference) {
    for (Byline b : block.bylines()) if (b.published() != null) return b.published();
    Dateline d = dateline();
    for (Stamp s : block.stamps()) {
      PartialDate p = s.date() != null ? disambiguate(s, d) : s.resolve(reference);
      if (p != null) return p;
    }
    if (leadStamp != null && reference != null) return leadStamp.inYear(reference.year());
    if (d != null && d.day() != null && reference != null) return d.day().inYear(reference.year());
    return null;
  }

  /** The block's clock time when it has one without a date (a feed item), else null. */
  NewsDates.Clock clock() {
    for (Stamp s : block.stamps()) {
      if (s.clock() != null) return s.clock();
      if (s.day() != null && s.day().clock() != null) return s.day().clock();
    }
    return null;
  }

  private PartialDate disambiguate(Stamp s, Dateline d) {
    if (s.otherDate() == null) return s.date();
    if (d != null && d.day() != null) {
      for (PartialDate reading : List.of(s.date(), s.otherDate())) {
        PartialDate day = d.day().inYear(reading.year());
        if (day != null && Math.abs(day.toLocalDate().toEpochDay() - reading.toLocalDate().toEpochDay())
            <= TextRules.DATELINE_SLACK_DAYS) {
          return reading;
        }
      }
    }
    // both readings possible: keep only what they share
    PartialDate a = s.date();
    PartialDate b = s.otherDate();
    if (a.year() != b.year()) return null;
    return a.month() == b.month() ? PartialDate.ofMonth(a.year(), a.month()) : PartialDate.ofYear(a.year());
  }

  /** The headline, without a trailing "| Outlet" or "- Outlet" that names the source. */
  private void readTitle() {
    Line t = block.title();
    if (t == null) return;
    String s = t.text();
    int cut = Math.max(s.lastIndexOf(" | "), Math.max(s.lastIndexOf(" - "), s.lastIndexOf(" — ")));
    if (cut > 0) {
      String named = outlets.canonical(s.substring(cut + 3));
      if (named != null) {
        titleOutlet = named;
        s = s.substring(0, cut).strip();
      }
    }
    titleText = s;
  }

  /** One paragraph per body line, trailing chrome sentences cut, a live-blog stamp taken off the first. */
  private void readParagraphs() {
    for (Line l : block.body()) {
      String p = lexicon.cutTail(l.text());
      if (paragraphs.isEmpty()) p = withoutLeadStamp(p);
      if (!p.isBlank()) paragraphs.add(p);
    }
    List<String> authors = authors();
    paragraphs.removeIf(p -> Line.wordCount(p) <= TextRules.MAX_BIO_WORDS && lexicon.bio(p)
        && authors.stream().anyMatch(p::startsWith));
  }

  /** "06:22 (IST) Jun 13 North Korea ..." → the stamp is metadata, the rest is text. */
  private String withoutLeadStamp(String p) {
    NewsDates.MonthDay day = NewsDates.findMonthDay(p.length() > 80 ? p.substring(0, 80) : p);
    if (day == null || day.start() != 0 || day.clock() == null) return p;
    String rest = p.substring(day.end()).replaceFirst("^[\\s|:–—-]+", "");
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return p;
    leadStamp = day;
    return rest;
  }
}
