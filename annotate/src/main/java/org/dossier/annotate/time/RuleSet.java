package org.dossier.annotate.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.model.TimeMention.Kind;

/**
 * A list of pattern rules over the raw text that add the expressions SUTime misses. A found expression
 * replaces the expressions inside it; an ordinary rule gives way to any expression it only overlaps, a
 * strong rule (a shape specific enough to trust over SUTime's cut) displaces it. Neither cuts into an
 * expression that holds it whole.
 */
abstract class RuleSet {
  /** What one rule makes of one match: the value and kind, or null when it does not apply. */
  interface Rule {
    Found apply(Matcher m, RuleContext c);
  }

  /** A value and kind for the match, or for one group of it when {@code group} is not 0. */
  record Found(String value, Kind kind, int group) {
    Found(String value, Kind kind) {
      this(value, kind, 0);
    }
  }

  private record Entry(Pattern pattern, Rule rule, boolean strong) {}

  private final List<Entry> rules = new ArrayList<>();

  /** A rule whose match must stand alone: no letter, digit or hyphen right before or after it. */
  protected final void add(String regex, Rule rule) {
    rules.add(new Entry(compile(regex), rule, false));
  }

  protected final void strong(String regex, Rule rule) {
    rules.add(new Entry(compile(regex), rule, true));
  }

  private static Pattern compile(String regex) {
    return Pattern.compile("(?<![\\w-])" + regex + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
  }

  /** The expressions found so far with this set's added, in text order. */
  final List<TimeMention> apply(RuleContext c, List<TimeMention> found) {
    List<TimeMention> out = new ArrayList<>(found);
    for (Entry e : rules) {
      Matcher m = e.pattern().matcher(c.text());
      while (m.find()) {
        Found f = e.rule().apply(m, c);
        if (f == null) continue;
        Span span = new Span(m.start(f.group()), m.end(f.group()));
        boolean blocked = e.strong()
            ? out.stream().anyMatch(t -> t.span().contains(span) && !span.equals(t.span()))
            : out.stream().anyMatch(t -> t.span().overlaps(span) && !span.contains(t.span()));
        if (blocked) continue;
        out.removeIf(t -> t.span().overlaps(span));
        out.add(new TimeMention(span, m.group(f.group()), f.value(), f.kind()));
      }
    }
    out.sort(Comparator.comparing(TimeMention::span));
    return out;
  }
}
