package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.PartialDate;
import org.dossier.extract.meta.Byline;
import org.dossier.extract.meta.NewsDates;
import org.dossier.extract.meta.Outlets;
import org.dossier.extract.meta.Stamp;
import org.jsoup.nodes.Element;

/**
 * What one unit of a page says about itself.
 *
 * @param title its headline
 * @param url where its headline links, or null
 * @param body its prose paragraphs
 * @param dated the date its stamp gives on its own, or null
 * @param stamp its stamp line when that needs the page's date or the fetch time (a time of day, a day
 *     without a year, a relative age), else null
 * @param stamped true when it carries a stamp, even one too ambiguous to date it ("04/05/2025")
 * @param timeOfDay true when the stamp as printed is a time of day without a date (a live-blog entry)
 * @param outlet the outlet it names, as printed, or null
 * @param bylines its bylines
 */
record UnitFacts(String title, String url, List<String> body, PartialDate dated, Stamp stamp, boolean stamped,
    boolean timeOfDay,
    String outlet, List<Byline> bylines) {
  UnitFacts {
    body = List.copyOf(body);
    bylines = List.copyOf(bylines);
  }

  int bodyChars() {
    return body.stream().mapToInt(String::length).sum();
  }

  /** The outlet named by the unit or its bylines, or null. */
  String namedOutlet() {
    if (outlet != null) return outlet;
    for (Byline b : bylines) if (b.outlet() != null) return b.outlet();
    return null;
  }

  /**
   * The publication time at the precision shown: a time of day takes {@code pageDate}'s day, a relative age
   * is counted back from {@code fetched}; null when the reference is unknown.
   */
  PartialDate published(PartialDate pageDate, PartialDate fetched) {
    if (dated != null) return dated;
    if (stamp == null) return null;
    if (stamp.relative() != null) return stamp.relative().resolve(fetched);
    NewsDates.Clock c = stamp.clock();
    if (c != null) {
      if (pageDate == null || pageDate.toLocalDate() == null) return null;
      return PartialDate.of(pageDate.toLocalDate().atTime(c.hour(), c.minute()));
    }
    return stamp.resolve(pageDate);
  }

  /** Collects a unit's facts line by line; the first stamp and the first outlet win. */
  static final class Builder {
    private final String title;
    private final String url;
    private final List<String> body = new ArrayList<>();
    private final List<Byline> bylines = new ArrayList<>();
    private boolean hasStamp;
    private PartialDate dated;
    private Stamp stamp;
    private boolean timeOfDay;
    private String outlet;

    Builder(String title, String url) {
      this.title = title;
      this.url = url;
    }

    /**
     * A {@code <time>}: the printed time counts (the page's local clock), and the machine value fills in
     * what the print leaves out (the day of a bare time of day, the minute of a bare date, a relative age).
     * False when it gives no date at all.
     */
    boolean stampFrom(Element time) {
      PartialDate machine = DateParsing.parse(time.attr("datetime"));
      Stamp printed = Stamp.parse(time.text(), Outlets.standard());
      if (machine == null && printed == null) return false;
      if (hasStamp) return true;
      hasStamp = true;
      timeOfDay = printed != null && printed.clock() != null;
      if (printed == null || printed.relative() != null) {
        if (machine != null) dated = machine;
        else stamp = printed;
      } else if (printed.date() != null) {
        boolean sameDay = machine != null && machine.precision() == PartialDate.Precision.MINUTE
            && printed.date().precision() == PartialDate.Precision.DAY
            && machine.toLocalDate().equals(printed.date().toLocalDate());
        dated = sameDay ? machine : printed.date();
      } else if (machine != null && machine.toLocalDate() != null) {
        dated = printed.resolve(machine);
        NewsDates.Clock c = printed.clock();
        if (c != null) dated = PartialDate.of(machine.toLocalDate().atTime(c.hour(), c.minute()));
      } else {
        stamp = printed;
      }
      return true;
    }

    void stamp(Stamp s) {
      if (hasStamp) return;
      hasStamp = true;
      timeOfDay = s.clock() != null;
      if (s.date() != null) dated = s.otherDate() == null ? s.date() : null;
      else stamp = s;
    }

    void outlet(String name) {
      if (outlet == null) outlet = name.strip();
    }

    void byline(Byline b) {
      bylines.add(b);
    }

    void body(String paragraph) {
      body.add(paragraph);
    }

    UnitFacts build() {
      return new UnitFacts(title, url, body, dated, stamp, hasStamp, timeOfDay, outlet, bylines);
    }
  }
}
