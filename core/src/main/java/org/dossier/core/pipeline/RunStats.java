package org.dossier.core.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters for every outcome of a run (pages ok, skipped and failed by code, articles, facts). */
public final class RunStats {
  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  public void add(String counter, long n) {
    counters.computeIfAbsent(counter, k -> new LongAdder()).add(n);
  }

  /** Counts a page outcome; a warning counts under "warnings" and its code, not as a page. */
  public void count(Outcome o) {
    if (o.isWarning()) {
      add("warnings", 1);
      add(o.stage() + "." + o.code(), 1);
      return;
    }
    add(o.isOk() ? "pages.ok" : "pages." + o.status().name().toLowerCase(java.util.Locale.ROOT), 1);
    if (!o.isOk()) add(o.stage() + "." + o.code(), 1);
  }

  /** Counts a processed page: a warning (the page went in, with something cut) counts as stored and by its code. */
  public void countPage(Outcome o) {
    if (o.isWarning()) {
      add("pages.ok", 1);
      add("warnings", 1);
      add(o.stage() + "." + o.code(), 1);
    } else {
      count(o);
    }
  }

  public long get(String counter) {
    LongAdder a = counters.get(counter);
    return a == null ? 0 : a.sum();
  }

  /** A sorted snapshot. */
  public Map<String, Long> snapshot() {
    Map<String, Long> m = new TreeMap<>();
    counters.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }
}
