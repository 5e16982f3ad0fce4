package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dossier.core.model.Story;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.dossier.story.StoryTuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier stories [--rebuild [--tuning FILE]]}: lists the stored stories, largest first; with
 * {@code --rebuild}, first clusters every stored article again (after a change of thresholds, or to try
 * some in a file of {@code story.properties} keys).
 */
@Command(name = "stories", description = "List the stored stories, largest first; --rebuild clusters the stored articles again.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--rebuild", description = "forget the stored stories and cluster every stored article again")
  boolean rebuild;

  @Option(names = "--tuning", paramLabel = "FILE",
      description = "with --rebuild: a properties file replacing some story.properties keys")
  Path tuning;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (tuning != null && !rebuild) throw new IllegalArgumentException("--tuning only applies with --rebuild");
    PrintWriter out = spec.commandLine().getOut();
    if (rebuild) {
      StoryTuning t = tuning == null ? StoryTuning.defaults() : StoryTuning.of(read(tuning));
      try (KnowledgeBase kb = LuceneKnowledgeBase.openForWriting(store.store)) {
        spec.commandLine().getErr().println("dossier: " + StoryTracker.rebuild(kb, t) + " stories written");
      }
    }
    try (KnowledgeBase kb = LuceneKnowledgeBase.openForReading(store.store)) {
      kb.stories().stream().sorted(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id))
          .forEach(s -> out.println(s.id() + "\t" + s.articles().size() + "\t" + (s.title() == null ? "-" : s.title())));
    }
    out.flush();
    return 0;
  }

  private static Properties read(Path file) {
    if (!Files.isReadable(file)) throw new IllegalArgumentException("cannot read the tuning file " + file);
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
