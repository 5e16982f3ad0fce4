/**
 * Synthetic workloads for the {@code bench} commands: many distinct articles derived cheaply from a few
 * really annotated ones ({@link org.dossier.bench.ArticleDeriver}), a fixed mixed query set
 * ({@link org.dossier.bench.QuerySet}) and latency percentiles ({@link org.dossier.bench.Latencies}).
 * Everything is seeded, so two runs measure the same work. A new workload belongs here when more than one
 * bench could use it; the command that prints the figures stays in {@code org.dossier.cli}.
 */
package org.dossier.bench;
