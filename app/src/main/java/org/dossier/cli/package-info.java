/**
 * The {@code dossier} command line (picocli): the composition root that wires readers, the pipeline
 * ({@code Stages}), the store and the web server together. One class per subcommand, registered in
 * {@code Main}'s {@code subcommands} list; benchmarks are subcommands of {@code bench}. A command reports
 * bad arguments as one line with a hint and exit status 2 ({@code Main}), other failures as one line
 * naming the file or folder, the cause and the fix ({@code Errors}) and exit status 1, and per-page problems
 * as one line each while the run goes on. An ingest's summary adds up: pages read = stored + unchanged +
 * skipped + failed; a run that could read nothing exits 1.
 */
package org.dossier.cli;
