package org.dossier.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.TimeMention;

/**
 * The event-specific keys of an article, from its event and time annotations: what kind of happening
 * with whom, where and when, and which calendar dates it names. Two reports of one happening share
 * them; two happenings of the same kind on the same topic mostly do not.
 */
final class EventSignals {
  /** A TIMEX3 date: year (or XXXX when unknown), then optionally month and day. */
  private static final Pattern DATE = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");
  /** A TIMEX3 weekday: "XXXX-WXX-6", "2008-W50-6". */
  private static final Pattern WEEKDAY = Pattern.compile("(?:\\d{4}|XXXX)-W(?:\\d{2}|XX)-([1-7])");

  private EventSignals() {}

  /**
   * "KIND", and KIND joined with each actor, the place and the date (month, and day when known);
   * statements and happenings of no contract kind give none.
   */
  static Map<String, Double> events(List<Annotation> annotations) {
    Map<String, Double> out = new HashMap<>();
    for (Annotation a : annotations) {
      // Most reports carry statements (accusations, denials, warnings, confirmations) by many speakers, so
      // that one is made, or by whom, says little about which happening is reported.
      if (!(a instanceof EventMention e) || e.kind() == EventKind.OTHER || e.kind() == EventKind.STATEMENT) continue;
      String k = e.kind().name();
      out.merge(k, 1.0, Double::sum);
      List<String> actors = named(e, annotations);
      for (String actor : actors) {
        if (Names.meaningful(actor)) out.merge(k + '|' + Names.key(actor), 1.0, Double::sum);
      }
      if (e.place() != null && Names.meaningful(e.place())) out.merge(k + "|@" + Names.key(e.place()), 1.0, Double::sum);
      for (String d : dateKeys(e.date() != null ? e.date() : sentenceDate(e, annotations))) {
        out.merge(k + '|' + d, 1.0, Double::sum);
      }
    }
    return out;
  }

  /**
   * The event's actors, then everyone else its sentence names: two reports of one happening name its
   * parties, and its places, around it.
   */
  private static List<String> named(EventMention e, List<Annotation> annotations) {
    List<String> out = new ArrayList<>(e.actors());
    for (Annotation a : annotations) {
      if (a instanceof EntityMention m && e.span().contains(m.span()) && m.kind() != EntityKind.OTHER
          && !out.contains(m.entity())) {
        out.add(m.entity());
      }
    }
    return out;
  }

  /** The date the event's sentence names nearest its trigger, when the event has none of its own. */
  private static PartialDate sentenceDate(EventMention e, List<Annotation> annotations) {
    TimeMention best = null;
    int at = e.trigger() == null ? e.span().begin() : e.trigger().begin();
    for (Annotation a : annotations) {
      if (!(a instanceof TimeMention t) || t.kind() != TimeMention.Kind.DATE || !e.span().contains(t.span())
          || PartialDate.parse(t.value()) == null) {
        continue;
      }
      if (best == null || Math.abs(t.span().begin() - at) < Math.abs(best.span().begin() - at)) best = t;
    }
    return best == null ? null : PartialDate.parse(best.value());
  }

  /** The months the text names (with their year), and the month of publication. */
  static Map<String, Double> months(PartialDate published, List<Annotation> annotations) {
    Map<String, Double> out = new HashMap<>();
    if (published != null && published.precision().compareTo(PartialDate.Precision.MONTH) >= 0) {
      out.merge("%04d-%02d".formatted(published.year(), published.month()), 1.0, Double::sum);
    }
    for (Matcher m : dates(annotations)) {
      if (!m.group(1).equals("XXXX") && m.group(2) != null) out.merge(m.group(1) + '-' + m.group(2), 1.0, Double::sum);
    }
    return out;
  }

  /** The days of the year the text names, whether or not their year is known ("06/12"). */
  static Map<String, Double> days(List<Annotation> annotations) {
    Map<String, Double> out = new HashMap<>();
    for (Matcher m : dates(annotations)) {
      if (m.group(3) != null) out.merge(m.group(2) + '/' + m.group(3), 1.0, Double::sum);
    }
    return out;
  }

  /**
   * The weekdays the text names or its full dates fall on ("6" for Saturday): a report without dates
   * still says on which weekday things happened.
   */
  static Map<String, Double> weekdays(List<Annotation> annotations) {
    Map<String, Double> out = new HashMap<>();
    for (Matcher m : dates(annotations)) {
      int weekday = m.group(3) == null || m.group(1).equals("XXXX") ? 0 : weekday(m);
      if (weekday > 0) out.merge(Integer.toString(weekday), 1.0, Double::sum);
    }
    for (Annotation a : annotations) {
      if (a instanceof TimeMention t && t.kind() != TimeMention.Kind.SET) {
        Matcher w = WEEKDAY.matcher(t.value());
        if (w.lookingAt()) out.merge(w.group(1), 1.0, Double::sum);
      }
    }
    return out;
  }

  private static int weekday(Matcher ymd) {
    try {
      return java.time.LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
          Integer.parseInt(ymd.group(3))).getDayOfWeek().getValue();
    } catch (java.time.DateTimeException e) {
      return 0;
    }
  }

  /** Matched TIMEX3 values of the date and time annotations (durations and sets say no date). */
  private static List<Matcher> dates(List<Annotation> annotations) {
    List<Matcher> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (!(a instanceof TimeMention t) || t.kind() == TimeMention.Kind.DURATION || t.kind() == TimeMention.Kind.SET) {
        continue;
      }
      Matcher m = DATE.matcher(t.value());
      if (m.lookingAt()) out.add(m);
    }
    return out;
  }

  private static List<String> dateKeys(PartialDate d) {
    if (d == null || d.precision() == PartialDate.Precision.YEAR) return List.of();
    String month = "%04d-%02d".formatted(d.year(), d.month());
    if (d.precision() == PartialDate.Precision.MONTH) return List.of(month);
    return List.of(month, "%02d/%02d".formatted(d.month(), d.day()));
  }
}
