/**
 * The {@code dossier} command line (picocli): the composition root that wires readers, the pipeline
 * ({@code Stages}), the store and the web server together. One class per subcommand, registered in
 * {@code Main}'s {@code subcommands} list; benchmarks are subcommands of {@code bench}. A command reports
 * bad arguments as one line and a non-zero exit, and per-page problems as one line each while the run
 * goes on.
 */
package org.dossier.cli;
