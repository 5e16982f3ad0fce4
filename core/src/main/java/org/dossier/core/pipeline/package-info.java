/**
 * The stage interfaces and the pipeline that runs them.
 *
 * <p>An {@link org.dossier.core.pipeline.Extractor} turns a raw page into articles (with warnings, in an
 * {@link org.dossier.core.pipeline.ExtractResult}, when a bound cut the page short: the pipeline passes
 * the first on as the page's outcome); each
 * {@link org.dossier.core.pipeline.Annotator} adds one family of facts. {@link
 * org.dossier.core.pipeline.Pipeline#of} checks at build time that every annotator's requirements are
 * provided by an earlier one. Per-page problems become {@link org.dossier.core.pipeline.Outcome} values
 * that the caller counts in {@link org.dossier.core.pipeline.RunStats}.
 *
 * <p>One page's work is bounded by a {@link org.dossier.core.pipeline.PageBudget}: the characters of each
 * article that are annotated (the rest is kept as text) and the annotation time, checked between
 * annotators and enforced inside CoreNLP by a {@link org.dossier.core.pipeline.Watchdog} that interrupts
 * the worker thread at the deadline. A page cut short keeps every article and the facts finished, and its
 * outcome is a warning ({@code annotate/capped}, {@code annotate/time-budget}) that says what was left out.
 *
 * <p>To add a stage: implement {@code Annotator}, declare {@code requires()} and {@code provides()},
 * and add it to the list the application wires (see {@code docs/adding-a-stage.md}).
 */
package org.dossier.core.pipeline;
