package org.dossier.annotate.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Span;

/**
 * Finds who a cue's verb belongs to: a mention right before it (an appositive and a few adverbs may stand
 * between), a mention right after it ("said Kim"), or a pronoun or descriptor ("he", "the ministry",
 * "state media") resolved to the nearest compatible mention.
 */
final class SpeakerResolver {
  private static final Map<String, String> DESCRIPTORS = Lexicon.table(SpeakerResolver.class, "descriptors.txt");
  private static final Set<String> GAP_WORDS = Lexicon.words(SpeakerResolver.class, "subject-gap-words.txt");
  private static final Set<String> MEDIA_WORDS = Lexicon.words(SpeakerResolver.class, "media-words.txt");
  /** One appositive (", a spokesman for the ministry,") between a speaker and its verb. */
  private static final Pattern APPOSITIVE = Pattern.compile("^\\s*,[^,;\"“”]{1,120},");
  private static final int MAX_GAP_CHARS = 160;
  /** What stands between a head and the name qualifying it: " of ", " program at the ". */
  private static final Pattern QUALIFIER = Pattern.compile("\\s+(?:\\p{L}+\\s+)?(?:of|at|from|for|in)\\s+(?:the\\s+)?");

  /** A resolved speaker: its canonical name (null for a deliberately unnamed one) and where it is. */
  record Speaker(String name, Span span) {}

  private final String text;
  private final Mentions mentions;
  private final String outlet;
  /** The person who last spoke: a surname shared by two people in the article goes on with them. */
  private String lastPerson;

  SpeakerResolver(String text, Mentions mentions, String outlet) {
    this.text = text;
    this.mentions = mentions;
    this.outlet = outlet;
  }

  /** The speaker of a verb at {@code verbBegin}, looking back no further than {@code from}; null if none. */
  Speaker before(int from, int verbBegin) {
    EntityMention m = mentions.lastBefore(verbBegin, x -> x.span().begin() >= from && isGap(x.span().end(), verbBegin));
    if (m == null) return descriptorBefore(from, verbBegin);
    for (int hops = 0; hops < 2; hops++) { // "Lee of South Korea said", "the X program at the Y center said"
      EntityMention head = headOf(m, from);
      if (head == null) break;
      m = head;
    }
    return new Speaker(continued(m), m.span());
  }

  /**
   * The name a speaker mention stands for, keeping the last person speaking when the mention is a bare
   * surname they share with the person the entity layer chose ("Ms. Kim said" after Kim Yo Jong spoke).
   */
  String continued(EntityMention m) {
    if (m.kind() != EntityKind.PERSON) return m.entity();
    String name = m.entity();
    String surface = m.text().strip();
    if (lastPerson != null && !lastPerson.equals(name) && surface.indexOf(' ') < 0
        && List.of(lastPerson.split(" ")).contains(surface)) {
      name = lastPerson;
    }
    lastPerson = name;
    return name;
  }

  /** The mention that {@code m} only qualifies ("HEAD of M", "HEAD program at the M"), or null. */
  private EntityMention headOf(EntityMention m, int from) {
    EntityMention p = mentions.lastBefore(m.span().begin(), x -> x.span().begin() >= from);
    if (p == null || p.kind() == EntityKind.LOCATION || m.span().begin() - p.span().end() > 40) return null;
    String between = text.substring(p.span().end(), m.span().begin());
    return QUALIFIER.matcher(between).matches() ? p : null;
  }

  /** An inverted speaker right after the verb ("said Kim", "said the ministry"); null if none. */
  Speaker after(int verbEnd, int to) {
    List<TextToken> next = TextToken.of(text, verbEnd, Math.min(to, verbEnd + 80));
    int skip = !next.isEmpty() && next.get(0).lower().equals("the") ? 1 : 0;
    if (next.size() <= skip) return null;
    EntityMention m = mentions.covering(next.get(skip).begin());
    if (m != null) {
      int comma = text.indexOf(',', verbEnd);
      int end = comma < 0 || comma > to ? Math.min(to, verbEnd + 80) : comma;
      EntityMention person = mentions.within(m.span().begin(), end).stream()
          .filter(x -> x.kind() == EntityKind.PERSON).findFirst().orElse(m);
      return new Speaker(continued(person), new Span(m.span().begin(), person.span().end()));
    }
    for (int n = Math.min(3, next.size() - skip); n >= 1; n--) {
      Speaker s = descriptor(next.subList(skip, skip + n), next.get(skip).begin());
      if (s != null) return s;
    }
    return null;
  }

  /** The first mention after a phrase such as "according to" or "citing", within {@code to}; null if none. */
  Speaker firstWithin(int from, int to) {
    EntityMention m = mentions.firstAfter(from, x -> true);
    if (m != null && m.span().end() <= to) return new Speaker(m.entity(), m.span());
    List<TextToken> next = TextToken.of(text, from, Math.min(to, from + 60));
    // "according to the agency": the agency named before; "according to an official": someone new.
    boolean definite = !next.isEmpty() && next.get(0).lower().equals("the");
    int skip = definite ? 1 : 0;
    for (int n = Math.min(3, next.size() - skip); n >= 1; n--) {
      Speaker s = descriptor(next.subList(skip, skip + n), from);
      if (s != null && (definite || s.name() == null)) return s;
    }
    return null;
  }

  private boolean isGap(int from, int to) {
    if (to - from > MAX_GAP_CHARS) return false;
    String gap = text.substring(from, to);
    var app = APPOSITIVE.matcher(gap);
    if (app.find()) gap = gap.substring(app.end());
    for (TextToken t : TextToken.of(gap, 0, gap.length())) {
      if (!GAP_WORDS.contains(t.lower())) return false;
    }
    return true;
  }

  private Speaker descriptorBefore(int from, int verbBegin) {
    List<TextToken> toks = TextToken.of(text, Math.max(from, verbBegin - 80), verbBegin);
    int end = toks.size();
    while (end > 0 && GAP_WORDS.contains(toks.get(end - 1).lower())) end--;
    for (int n = Math.min(3, end); n >= 1; n--) {
      Speaker s = descriptor(toks.subList(end - n, end), toks.get(end - n).begin());
      if (s != null) return s;
    }
    return null;
  }

  /** The kind a descriptor phrase ("the ministry", "analysts") resolves to, or null when it is none. */
  static String descriptorKind(String phrase) {
    return DESCRIPTORS.get(phrase.toLowerCase(Locale.ROOT));
  }

  /** The person who spoke last, or null. */
  String lastPerson() {
    return lastPerson;
  }

  /** Resolves a descriptor phrase standing at {@code at}; null when the words are no descriptor. */
  private Speaker descriptor(List<TextToken> words, int at) {
    StringBuilder sb = new StringBuilder();
    for (TextToken t : words) sb.append(sb.isEmpty() ? "" : " ").append(t.lower());
    String kind = DESCRIPTORS.get(sb.toString());
    if (kind == null) return null;
    Span where = new Span(words.get(0).begin(), words.get(words.size() - 1).end());
    EntityMention m = switch (kind) {
      case "NONE" -> null;
      case "MEDIA" -> nearestMedia(at);
      case "GROUP" -> mentions.lastBefore(at, x -> x.kind() == EntityKind.ORGANIZATION || x.kind() == EntityKind.LOCATION);
      default -> mentions.lastBefore(at, x -> x.kind().name().equals(kind));
    };
    if (m == null && !kind.equals("NONE")) return null;
    if (m != null && m.kind() == EntityKind.PERSON) lastPerson = m.entity();
    return new Speaker(m == null ? null : m.entity(), where);
  }

  private EntityMention nearestMedia(int at) {
    Predicate<EntityMention> media = this::isMedia;
    EntityMention back = mentions.lastBefore(at, media);
    return back != null ? back : mentions.firstAfter(at, media);
  }

  boolean isMedia(EntityMention m) {
    if (m.kind() != EntityKind.ORGANIZATION || m.entity().equalsIgnoreCase(outlet == null ? "" : outlet)) {
      return false;
    }
    for (String w : (m.text() + " " + m.entity()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (MEDIA_WORDS.contains(w)) return true;
    }
    return false;
  }
}
