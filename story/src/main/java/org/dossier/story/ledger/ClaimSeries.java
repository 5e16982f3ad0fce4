package org.dossier.story.ledger;

import java.util.List;

/**
 * Claims about one measure across articles and sources, oldest first.
 *
 * @param id stable: derived from the measure's key
 * @param about a few words on what is measured
 * @param unit the measure's unit
 * @param subject whom the measure is about, or null
 * @param conflicts pairs of points, by index, from different sources at the same time that disagree
 */
public record ClaimSeries(String id, String about, String unit, String subject, List<ClaimPoint> points,
    List<int[]> conflicts) {
  public ClaimSeries {
    points = List.copyOf(points);
    conflicts = List.copyOf(conflicts);
  }

  public boolean disputed() {
    return !conflicts.isEmpty();
  }
}
