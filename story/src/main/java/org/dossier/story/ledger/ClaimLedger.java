package org.dossier.story.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Qualifier;

/**
 * Groups claims into series, one per measure, so a reader sees how an estimate moved and who said what.
 * A measure is the claim's subject and unit ("North Korea", "troops"); claims with neither are left out,
 * since a bare number with no unit measures nothing in particular.
 */
public final class ClaimLedger {
  /** Values further apart than this share of the larger one disagree. */
  static final double DISAGREEMENT = 0.10;

  private ClaimLedger() {}

  public static List<ClaimSeries> series(List<ClaimPoint> points) {
    Map<String, List<ClaimPoint>> byMeasure = new LinkedHashMap<>();
    for (ClaimPoint p : points) {
      String unit = unitKey(p.claim().unit());
      if (unit.isEmpty()) continue;
      String subject = p.claim().subject() == null ? "" : p.claim().subject().toLowerCase(Locale.ROOT);
      byMeasure.computeIfAbsent(subject + "|" + unit, k -> new ArrayList<>()).add(p);
    }
    List<ClaimSeries> out = new ArrayList<>();
    byMeasure.forEach((key, members) -> {
      members.sort(Comparator.comparing(ClaimPoint::when, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ClaimPoint::claimId));
      ClaimPoint first = members.get(0);
      out.add(new ClaimSeries("s" + Ids.hash(key), about(members), first.claim().unit(), first.claim().subject(),
          members, conflicts(members)));
    });
    out.sort(Comparator.comparingInt((ClaimSeries s) -> -s.points().size()).thenComparing(ClaimSeries::id));
    return out;
  }

  /** Lower case, singular: "Troops" and "troop" are one unit. */
  static String unitKey(String unit) {
    if (unit == null) return "";
    String u = unit.strip().toLowerCase(Locale.ROOT);
    if (u.endsWith("ies") && u.length() > 4) return u.substring(0, u.length() - 3) + "y";
    if (u.endsWith("s") && !u.endsWith("ss") && u.length() > 2) return u.substring(0, u.length() - 1);
    return u;
  }

  /** The most common description among the points, so one odd phrasing does not name the series. */
  private static String about(List<ClaimPoint> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ClaimPoint p : members) {
      if (p.claim().about() != null && !p.claim().about().isBlank()) counts.merge(p.claim().about(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(members.get(0).claim().unit());
  }

  /** Pairs from different sources, dated the same at the coarser precision, whose figures cannot both hold. */
  static List<int[]> conflicts(List<ClaimPoint> points) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      for (int j = i + 1; j < points.size(); j++) {
        ClaimPoint a = points.get(i), b = points.get(j);
        if (Objects.equals(a.claim().source(), b.claim().source())) continue;
        if (!sameTime(a.when(), b.when())) continue;
        if (disagree(a, b)) out.add(new int[] {i, j});
      }
    }
    return out;
  }

  static boolean sameTime(PartialDate a, PartialDate b) {
    if (a == null || b == null) return false;
    if (a.year() != b.year()) return false;
    if (a.precision() == PartialDate.Precision.YEAR || b.precision() == PartialDate.Precision.YEAR) return true;
    return a.month() == b.month();
  }

  /** Exact or approximate figures that differ by more than the tolerance; bounds ("at least") only clash when violated. */
  static boolean disagree(ClaimPoint a, ClaimPoint b) {
    double x = a.claim().value(), y = b.claim().value();
    if (Math.abs(x - y) <= DISAGREEMENT * Math.max(Math.abs(x), Math.abs(y))) return false;
    return compatibleWithBound(a.claim().qualifier(), x, y) && compatibleWithBound(b.claim().qualifier(), y, x);
  }

  /** True when {@code other} contradicts "value, qualified so". */
  private static boolean compatibleWithBound(Qualifier q, double value, double other) {
    return switch (q) {
      case AT_LEAST, MORE_THAN -> other < value;
      case AT_MOST, LESS_THAN, UP_TO -> other > value;
      case EXACT, APPROX -> true;
    };
  }
}
