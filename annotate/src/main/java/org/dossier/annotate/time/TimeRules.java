package org.dossier.annotate.time;

import java.util.List;
import org.dossier.core.model.TimeMention;

/**
 * Dossier's own time rules after SUTime: the pattern rule sets in order (a later set's strong rules win
 * over an earlier set's finds), then the joiner. Needs no parse, so it also runs on bare text.
 */
final class TimeRules {
  private final List<RuleSet> finders;
  private final DateTimeJoiner joiner;

  TimeRules(TimeLexicon lexicon) {
    finders = List.of(new NewsTimexFinder(lexicon), new NumericDates(lexicon), new ClockTimes(),
        new Durations(lexicon), new CalendarUnits(lexicon));
    joiner = new DateTimeJoiner(lexicon);
  }

  /** The expressions found so far with the missing ones added and neighbours that name one time joined. */
  List<TimeMention> complete(RuleContext c, List<TimeMention> found) {
    List<TimeMention> out = found;
    for (RuleSet rules : finders) {
      out = rules.apply(c, out);
    }
    return joiner.join(c, out);
  }
}
