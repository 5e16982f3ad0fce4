package org.dossier.annotate.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Span;

/**
 * A folder of parsed texts, for development: the rule annotators change far more often than the texts they
 * read, and CoreNLP's tagging is nearly all of an evaluation run's time. Off unless {@code
 * DOSSIER_PARSE_CACHE} (or {@code -Ddossier.parseCache}) names a folder. Entries are keyed by the text, its
 * date and every setting, so a changed text or setting misses and is parsed again; an unreadable entry is
 * a miss too. Several processes may share the folder: entries are written to a temporary file and moved
 * into place.
 */
final class ParseCache {
  private static final int FORMAT = 1;

  private final Path folder;
  private final String settingsKey;

  private ParseCache(Path folder, NlpSettings settings) {
    this.folder = folder;
    this.settingsKey = FORMAT + "|" + new TreeMap<>(settings.coreNlp()) + "|" + settings.maxSentenceTokens()
        + "|" + settings.maxTextChars() + "|" + settings.parse();
  }

  /** The cache the environment asks for, or null. */
  static ParseCache fromEnvironment(NlpSettings settings) {
    String dir = System.getProperty("dossier.parseCache", System.getenv("DOSSIER_PARSE_CACHE"));
    if (dir == null || dir.isBlank()) return null;
    try {
      Path folder = Path.of(dir);
      Files.createDirectories(folder);
      return new ParseCache(folder, settings);
    } catch (IOException | RuntimeException e) {
      System.err.println("dossier: parse cache " + dir + " not usable, parsing without it: " + e.getMessage());
      return null;
    }
  }

  ParsedText get(String text, PartialDate date) {
    Path file = folder.resolve(key(text, date));
    if (!Files.isRegularFile(file)) return null;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
      return read(in, text, date);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  void put(String text, PartialDate date, ParsedText parsed) {
    Path file = folder.resolve(key(text, date));
    try {
      Path tmp = Files.createTempFile(folder, "entry", ".tmp");
      try (OutputStream raw = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
        write(out, parsed);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // a cache that cannot be written only costs time
    }
  }

  private String key(String text, PartialDate date) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(settingsKey.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update((date == null ? "-" : date.iso()).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()) + ".parse";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(DataOutputStream out, ParsedText p) throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(p.sentences().size());
    for (Sentence s : p.sentences()) {
      out.writeInt(s.index());
      span(out, s.span());
      out.writeInt(s.tokens().size());
      for (Token t : s.tokens()) {
        out.writeInt(t.index());
        span(out, t.span());
        out.writeUTF(t.word());
        out.writeUTF(t.pos());
        out.writeUTF(t.lemma());
        out.writeUTF(t.ner());
        optional(out, t.normalized());
      }
      out.writeInt(s.dependencies().size());
      for (Dependency d : s.dependencies()) {
        out.writeUTF(d.relation());
        out.writeInt(d.governor());
        out.writeInt(d.dependent());
      }
    }
    out.writeInt(p.mentions().size());
    for (NerMention m : p.mentions()) {
      span(out, m.span());
      out.writeUTF(m.kind());
      out.writeInt(m.sentence());
      out.writeInt(m.firstToken());
      out.writeInt(m.endToken());
      optional(out, m.normalized());
    }
    out.writeInt(p.timexes().size());
    for (Timex t : p.timexes()) {
      span(out, t.span());
      out.writeUTF(t.type());
      optional(out, t.value());
      out.writeInt(t.sentence());
      out.writeInt(t.firstToken());
      out.writeInt(t.endToken());
    }
    out.writeInt(p.notes().size());
    for (String n : p.notes()) out.writeUTF(n);
  }

  private static ParsedText read(DataInputStream in, String text, PartialDate date) throws IOException {
    if (in.readInt() != FORMAT) throw new IOException("other format");
    int sentences = in.readInt();
    List<Sentence> ss = new ArrayList<>(sentences);
    for (int i = 0; i < sentences; i++) {
      int index = in.readInt();
      Span span = span(in);
      int n = in.readInt();
      List<Token> tokens = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        tokens.add(new Token(in.readInt(), span(in), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
            optional(in)));
      }
      int d = in.readInt();
      List<Dependency> deps = new ArrayList<>(d);
      for (int k = 0; k < d; k++) deps.add(new Dependency(in.readUTF(), in.readInt(), in.readInt()));
      ss.add(new Sentence(index, span, tokens, deps));
    }
    int m = in.readInt();
    List<NerMention> mentions = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      Span span = span(in);
      mentions.add(new NerMention(span, span.of(text), in.readUTF(), in.readInt(), in.readInt(), in.readInt(),
          optional(in)));
    }
    int t = in.readInt();
    List<Timex> timexes = new ArrayList<>(t);
    for (int i = 0; i < t; i++) {
      Span span = span(in);
      timexes.add(new Timex(span, span.of(text), in.readUTF(), optional(in), in.readInt(), in.readInt(),
          in.readInt()));
    }
    int notes = in.readInt();
    List<String> ns = new ArrayList<>(notes);
    for (int i = 0; i < notes; i++) ns.add(in.readUTF());
    return new ParsedText(text, date, ss, mentions, timexes, ns);
  }

  private static void span(DataOutputStream out, Span s) throws IOException {
    out.writeInt(s.begin());
    out.writeInt(s.end());
  }

  private static Span span(DataInputStream in) throws IOException {
    return new Span(in.readInt(), in.readInt());
  }

  private static void optional(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) out.writeUTF(s);
  }

  private static String optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
