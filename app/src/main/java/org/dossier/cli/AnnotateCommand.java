package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.annotate.Annotators;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.pipeline.Annotator;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier annotate [--date D] FILE[@DATE]...}: each file is the plain text of one article; writes
 * its time, mention, quote and claim objects as JSON Lines, spans in code points of the text as read.
 * Models load once for all files.
 */
@Command(name = "annotate", description = "Annotate plain-text articles; JSON Lines to standard output.")
final class AnnotateCommand implements Callable<Integer> {
  @Option(names = "--date", paramLabel = "D", description = "publication date (ISO) of every file without @DATE")
  String date;

  @Parameters(arity = "1..*", paramLabel = "FILE[@DATE]", description = "UTF-8 plain-text articles")
  List<String> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PartialDate defaultDate = date(date, "--date " + date);
    List<Input> inputs = new ArrayList<>();
    for (String arg : files) inputs.add(Input.of(arg, defaultDate, this));
    List<Annotator> annotators = Annotators.facts(); // gists are not part of its output
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int unreadable = 0;
    for (Input in : inputs) {
      String text;
      try {
        text = read(in.path());
      } catch (IOException e) {
        unreadable++;
        err.println(Outcome.failed(in.name(), "read", "unreadable", describe(e)).line());
        continue;
      }
      write(out, err, in, text, annotators);
    }
    out.flush();
    err.flush();
    return unreadable == 0 ? 0 : 1;
  }

  private static void write(PrintWriter out, PrintWriter err, Input in, String text, List<Annotator> annotators) {
    Article article = new Article("file:" + in.name(), in.name(), Role.MAIN, null, null, null, List.of(),
        in.date(), null, text, List.of(new Span(0, text.length())));
    List<Annotation> found = new ArrayList<>();
    for (Annotator a : annotators) {
      try {
        found.addAll(a.annotate(article, List.copyOf(found)));
      } catch (PageProblem p) {
        err.println(Outcome.failed(in.name(), "annotate/" + a.name(), p.code(), p.getMessage()).line());
      } catch (RuntimeException e) {
        err.println(Outcome.failed(in.name(), "annotate/" + a.name(), "bug", e.toString()).line());
      }
    }
    CodePointSpans spans = new CodePointSpans(text);
    for (Annotation a : found) {
      String line = AnnotationJson.line(in.name(), spans, a);
      if (line != null) out.println(line);
    }
  }

  private static String read(Path path) throws IOException {
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      // reading a FIFO would wait for a writer for ever
      throw new IOException("not a regular file (a folder, FIFO, socket or device); nothing was read from it");
    }
    byte[] bytes = Files.readAllBytes(path);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
  }

  private PartialDate date(String iso, String what) {
    if (iso == null) return null;
    PartialDate d = PartialDate.parse(iso);
    if (d == null) {
      throw new ParameterException(spec.commandLine(), "bad date in " + org.dossier.core.model.Elision.of(what, 80)
          + ": expected an ISO date such as 2025-06-04 (a real month and day)");
    }
    return d;
  }

  /** One argument: a path with an optional {@code @DATE} of its own. */
  private record Input(Path path, String name, PartialDate date) {
    static Input of(String arg, PartialDate fallback, AnnotateCommand cmd) {
      int at = arg.lastIndexOf('@');
      boolean dated = at > 0 && !Files.exists(Path.of(arg)) && arg.substring(at + 1).matches("\\d{4}(-\\d{1,2}){0,2}");
      if (dated && PartialDate.parse(arg.substring(at + 1)) == null) {
        throw new ParameterException(cmd.spec.commandLine(), "bad date '" + arg.substring(at + 1) + "' after the '@' in '"
            + org.dossier.core.model.Elision.of(arg, 80) + "': expected an ISO date such as 2025-06-04 (a real month and day)");
      }
      if (at > 0 && PartialDate.parse(arg.substring(at + 1)) != null) {
        Path p = Path.of(arg.substring(0, at));
        return new Input(p, p.toString(), cmd.date(arg.substring(at + 1), arg));
      }
      Path p = Path.of(arg);
      return new Input(p, p.toString(), fallback);
    }
  }
}
