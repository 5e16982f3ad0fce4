package org.dossier.cli;

import org.dossier.core.model.ControlChars;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: one subcommand per job, each in its own class. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
    description = "Turns news web pages into an intelligence dossier.",
    subcommands = {ExtractCommand.class, AnnotateCommand.class, IngestCommand.class, ExportCommand.class,
        SearchCommand.class, StoriesCommand.class, ServeCommand.class, DemoCommand.class, LoadCommand.class,
        BenchCommand.class})
public final class Main {
  /**
   * Lucene asks for the incubating vector module at start-up; without it, it is only slower, so the
   * warning would be noise on every command. Held here: the logging framework keeps loggers weakly, and a
   * collected logger forgets its level.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit status (tests call this instead of main). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    withHelp(cli, cli.getCommandSpec().version());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(Errors.line(e));
      return 1;
    });
    cli.setParameterExceptionHandler((e, given) -> {
      CommandLine line = e.getCommandLine();
      String name = line.getCommandSpec().qualifiedName();
      line.getErr().println(ControlChars.escape(org.dossier.core.model.Elision.of(name + ": "
          + String.valueOf(e.getMessage()).strip(), 500) + " (see '" + name + " --help')"));
      line.getErr().flush();
      return line.getCommandSpec().exitCodeOnInvalidInput();
    });
    return cli.execute(args);
  }

  /** Every command answers --help and --version, not only those that declare it. */
  private static void withHelp(CommandLine line, String[] version) {
    line.getCommandSpec().mixinStandardHelpOptions(true);
    if (line.getCommandSpec().version().length == 0) line.getCommandSpec().version(version);
    line.getSubcommands().values().forEach(sub -> withHelp(sub, version));
  }
}
