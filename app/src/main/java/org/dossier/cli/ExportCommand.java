package org.dossier.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dossier.core.model.Claim;
import org.dossier.core.model.Quote;
import org.dossier.store.KnowledgeBase;
import org.dossier.store.export.ContractCsv;
import org.dossier.store.export.ContractJson;
import org.dossier.store.lucene.LuceneKnowledgeBase;
import org.dossier.web.StoredEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier export}: the whole store in the contract's format, as JSON Lines or one CSV per type. */
@Command(name = "export", description = "Write the store as JSON Lines (or CSV tables with --format csv).")
final class ExportCommand implements Callable<Integer> {
  /** The exported object types, in the order they are written. */
  enum Type { ARTICLE, ENTITY, QUOTE, CLAIM, EVENT, STORY }

  enum Format { JSONL, CSV }

  @Mixin StoreOption store;

  @Option(names = "--type", split = ",", paramLabel = "T",
      description = "only these types: article, entity, quote, claim, event, story")
  List<String> types;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "F",
      description = "jsonl (to standard output) or csv (TYPE.csv files in --out)")
  String format;

  @Option(names = "--out", paramLabel = "DIR", description = "folder for the CSV files")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Set<Type> wanted = wanted();
    Format f = parseFormat();
    if (f == Format.CSV && out == null) throw new IllegalArgumentException("--format csv needs --out DIR");
    try (KnowledgeBase kb = LuceneKnowledgeBase.openForReading(store.store)) {
      if (wanted.contains(Type.EVENT) && !kb.eventsCurrent()) {
        spec.commandLine().getErr().println("dossier: the events stored in " + store.store + " are behind its articles "
            + "(an ingest stopped before merging them); merging them again for this export; the next ingest stores them");
        spec.commandLine().getErr().flush();
      }
      if (f == Format.JSONL) {
        PrintWriter stdout = spec.commandLine().getOut();
        for (Type t : wanted) write(kb, t, node -> stdout.println(ContractJson.line(node)));
        stdout.flush();
      } else {
        csv(kb, wanted);
      }
    }
    return 0;
  }

  private void csv(KnowledgeBase kb, Set<Type> wanted) throws IOException {
    Files.createDirectories(out);
    for (Type t : wanted) {
      Path file = out.resolve(t.name().toLowerCase(Locale.ROOT) + ".csv");
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        ContractCsv table = new ContractCsv(w);
        write(kb, t, node -> {
          try {
            table.write(node);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static void write(KnowledgeBase kb, Type type, Consumer<ObjectNode> sink) {
    switch (type) {
      case ARTICLE -> kb.forEachArticle(aa -> sink.accept(ContractJson.article(aa.article())));
      case ENTITY -> kb.entities().forEach(e -> sink.accept(ContractJson.entity(e)));
      case QUOTE -> kb.forEachArticle(aa -> aa.all(Quote.class)
          .forEach(q -> sink.accept(ContractJson.quote(aa.article().id(), q))));
      case CLAIM -> kb.forEachArticle(aa -> aa.all(Claim.class)
          .forEach(c -> sink.accept(ContractJson.claim(aa.article().id(), c))));
      case EVENT -> StoredEvents.of(kb).forEach(e -> sink.accept(ContractJson.event(e)));
      case STORY -> kb.stories().forEach(s -> sink.accept(ContractJson.story(s)));
    }
  }

  private Set<Type> wanted() {
    if (types == null || types.isEmpty()) return new LinkedHashSet<>(List.of(Type.values()));
    Map<Type, Boolean> chosen = new EnumMap<>(Type.class);
    for (String t : types) {
      try {
        chosen.put(Type.valueOf(t.strip().toUpperCase(Locale.ROOT)), true);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown --type '" + t + "'; use article, entity, quote, claim, event or story");
      }
    }
    return chosen.keySet();
  }

  private Format parseFormat() {
    try {
      return Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown --format '" + format + "'; use jsonl or csv");
    }
  }
}
