package org.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every store command shares. */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dossier-data",
      description = "the store folder (default: ${DEFAULT-VALUE})")
  Path store;
}
