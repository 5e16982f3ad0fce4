package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.core.model.Article;
import org.dossier.core.model.RawPage;
import org.dossier.core.model.Role;
import org.dossier.core.pipeline.ExtractResult;
import org.dossier.core.pipeline.Outcome;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.Extraction;
import org.dossier.extract.page.Pages;
import org.dossier.store.export.ContractJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier extract --out DIR FILE...}: the main article's plain text per page, no store. With
 * {@code --jsonl}, every article of every page (all roles, with metadata) as export-contract JSON Lines.
 */
@Command(name = "extract", description = "Write the main article text of each page to DIR/NAME.txt.")
final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--out", description = "output folder for NAME.txt files")
  Path out;

  @Option(names = "--jsonl", description = "write all articles as JSON Lines to standard output instead")
  boolean jsonl;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "pages (.html, .htm, .txt, .warc, .warc.gz)")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if ((out == null) == !jsonl) {
      throw new ParameterException(spec.commandLine(), "give exactly one of --out DIR and --jsonl");
    }
    if (out != null) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot create the --out folder " + out + ": " + Errors.reason(e)
            + "; choose a folder you may write", e);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Extraction extraction = Extraction.standard();
    int[] problems = {0};
    long pages = 0;
    for (Path file : files) {
      String base = file.getFileName().toString();
      String stem = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
      pages += Pages.read(List.of(file), page -> {
        try {
          ExtractResult found = extraction.extractNoting(page);
          found.warnings().forEach(w -> err.println(w.line()));
          if (jsonl) {
            for (Article a : found.articles()) stdout.println(ContractJson.line(ContractJson.article(a)));
          } else {
            write(out.resolve(outputName(file, stem, page) + ".txt"), mainText(found.articles()));
          }
        } catch (PageProblem p) {
          problems[0]++;
          err.println(Outcome.failed(page.name(), "extract", p.code(), p.getMessage()).line());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, reject -> {
        if (!reject.isWarning()) problems[0]++;
        err.println(reject.line());
      }).pages();
    }
    stdout.flush();
    if (pages == 0) {
      err.println("dossier: nothing could be read from the " + files.size() + " path(s) given" + (problems[0] > 0
          ? "; see the lines above" : "; no .html, .htm, .txt, .warc or .warc.gz files under them"));
    }
    err.flush();
    return pages == 0 ? 1 : 0;
  }

  /**
   * NAME.txt for a page read from the file given (the contract's case); a folder's pages keep their own
   * file names, and a WARC's pages add their record offset so they do not overwrite each other.
   */
  private static String outputName(Path given, String stem, RawPage page) {
    Path source = Path.of(page.provenance().path());
    String name = source.equals(given) ? stem : stripExtension(source.getFileName().toString());
    return page.provenance().warcOffset() >= 0 ? name + "-" + page.provenance().warcOffset() : name;
  }

  private static String stripExtension(String base) {
    String s = base.endsWith(".gz") ? base.substring(0, base.length() - 3) : base;
    return s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : s;
  }

  private static String mainText(List<Article> articles) {
    for (Article a : articles) {
      if (a.role() == Role.MAIN) return a.text();
    }
    return "";
  }

  private static void write(Path target, String text) throws IOException {
    Files.writeString(target, text.isEmpty() ? "" : text + "\n", StandardCharsets.UTF_8);
  }
}
