package org.dossier.cli;

import picocli.CommandLine.Command;

/** {@code dossier bench ...}: speed benchmarks that print figures; one subcommand per stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time a stage on evaluation pages and print throughput figures.",
    subcommands = {BenchExtractCommand.class, BenchAnnotateCommand.class, BenchServeCommand.class,
        BenchStoreCommand.class})
final class BenchCommand {}
