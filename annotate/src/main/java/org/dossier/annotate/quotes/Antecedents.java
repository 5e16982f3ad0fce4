package org.dossier.annotate.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Span;

/**
 * Resolves a pronoun or descriptor that speaks ("he", "the spokeswoman", "the company", "prosecutors") to
 * a named antecedent of the same kind, number and gender within a few sentences before it: a person
 * pronoun never resolves to an organisation, "she" never to a man. Candidates that were a clause's subject
 * (or spoke last) rank above those that were objects or possessors; names inside quotation marks are not
 * candidates. A vague or indefinite descriptor ("officials", "a spokesman") is nobody named.
 */
final class Antecedents {
  /** How many sentences back a person pronoun or descriptor looks. */
  private static final int PERSON_WINDOW = 3;
  /** How many sentences back an organisation descriptor looks. */
  private static final int BODY_WINDOW = 6;
  private static final double SUBJECT_BONUS = 1.5;
  private static final double LAST_SPEAKER_BONUS = 0.6;
  private static final double POSSESSOR_MALUS = 0.5;
  private static final double NAME_MATCH_BONUS = 2.0;
  /** Against a person whose first name usually has the other gender (a hint only: "Kim Jong Un"). */
  private static final double NAME_GENDER_MALUS = 1.5;
  /** How many letters of a descriptor an organisation's name must share ("prosecutors": "Prosecution"). */
  private static final int STEM = 5;
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some");
  /** Nouns of a document that speaks for its author ("the office release said"). */
  private static final Set<String> DOCUMENTS = Lexicon.words(Antecedents.class, "document-nouns.txt");
  /** How much each further mention of an organisation adds to its rank (the article's subject speaks more). */
  private static final double SALIENCE = 0.4;

  private final Mentions mentions;
  private final Parse parse;
  private final SpeakerResolver resolver;
  private final Genders genders;
  private final String outlet;
  /** The quoted stretches of the article: names inside them are no antecedents. */
  private final List<Span> quoted;
  /** How often the article names each entity. */
  private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();

  Antecedents(Mentions mentions, Parse parse, SpeakerResolver resolver, Genders genders, String outlet,
      List<Span> quoted) {
    this.quoted = List.copyOf(quoted);
    for (EntityMention m : mentions.all()) counts.merge(m.entity(), 1, Integer::sum);
    this.mentions = mentions;
    this.parse = parse;
    this.resolver = resolver;
    this.genders = genders;
    this.outlet = outlet == null ? "" : outlet.toLowerCase(Locale.ROOT);
  }

  SpeakerResolver.Speaker pronoun(Parse.Word p, Span where) {
    return switch (p.lower()) {
      case "he", "him" -> person(p, Genders.Gender.MALE, where);
      case "she", "her" -> person(p, Genders.Gender.FEMALE, where);
      case "it" -> body(p, null, where, BODY_WINDOW);
      default -> new SpeakerResolver.Speaker(null, where); // "they", "we", "I": no one named here
    };
  }

  /** A descriptor head ("spokeswoman", "ministry", "officials"); unknown nouns are nobody named. */
  SpeakerResolver.Speaker descriptor(Parse.Word phrase, Span where) {
    Parse.Word head = author(phrase);
    String kind = kindOf(head);
    Parse.Word first = parse.at(where.begin());
    boolean indefinite = parse.children(head, Set.of("det")).stream().anyMatch(d -> INDEFINITE.contains(d.lower()))
        || (first != null && INDEFINITE.contains(first.lower()));
    if (kind == null || kind.equals("NONE") || indefinite) return new SpeakerResolver.Speaker(null, where);
    return switch (kind) {
      case "PERSON" -> person(head, genderOf(head.lower()), where);
      case "ORGANIZATION", "GROUP" -> body(head, null, where, BODY_WINDOW);
      case "BODY" -> body(head, head.lemma(), where, BODY_WINDOW);
      case "LOCATION" -> best(head, m -> m.kind() == EntityKind.LOCATION, null, Genders.Gender.UNKNOWN, where, BODY_WINDOW);
      case "MEDIA" -> best(head, m -> resolver.isMedia(m), null, Genders.Gender.UNKNOWN, where, BODY_WINDOW);
      default -> new SpeakerResolver.Speaker(null, where);
    };
  }

  private String kindOf(Parse.Word head) {
    for (Parse.Word c : parse.children(head, Set.of("compound", "amod"))) { // "state media", "company management"
      String k = SpeakerResolver.descriptorKind(c.lower() + " " + head.lower());
      if (k != null) return k;
    }
    String k = SpeakerResolver.descriptorKind(head.lower());
    return k != null ? k : SpeakerResolver.descriptorKind(head.lemma());
  }

  /** "the office release", "the company's report": a document speaks for the body its modifier names. */
  private Parse.Word author(Parse.Word head) {
    if (!DOCUMENTS.contains(head.lemma())) return head;
    for (Parse.Word c : parse.children(head, Set.of("compound", "nmod:poss"))) {
      if (SpeakerResolver.descriptorKind(c.lower()) != null) return c;
    }
    return head;
  }

  /** An addressee such as "police" or "prosecutors": the body of that name mentioned before, or null. */
  SpeakerResolver.Speaker body(Parse.Word w) {
    if (!"BODY".equals(kindOf(w))) return null;
    return body(w, w.lemma(), w.span(), BODY_WINDOW);
  }

  /**
   * "the Jordanian government", "Chinese officials", "Chile's army": the country a nationality adjective or
   * a possessor names, or null.
   */
  String nationOf(Parse.Word head) {
    String kind = kindOf(head);
    if (kind == null || kind.equals("PERSON") || kind.equals("MEDIA")) return null;
    for (Parse.Word c : parse.children(head, Set.of("amod", "compound", "nmod:poss"))) {
      EntityMention place = mentions.covering(c.span().begin());
      if (place != null && place.kind() == EntityKind.LOCATION && parse.relation(c).equals("nmod:poss")) {
        return place.entity(); // "South Korea's military"
      }
      String country = Demonyms.country(c.token().word());
      if (country == null) continue;
      EntityMention named = mentions.lastBefore(head.span().begin(), m -> m.entity().equalsIgnoreCase(country)
          || m.text().equalsIgnoreCase(country));
      return named != null ? named.entity() : country;
    }
    return null;
  }

  /** "the 52-year-old": the person named shortly before. */
  SpeakerResolver.Speaker aged(Parse.Word head, Span where) {
    return person(head, Genders.Gender.UNKNOWN, where);
  }

  private static Genders.Gender genderOf(String word) {
    if (word.endsWith("woman") || word.endsWith("women")) return Genders.Gender.FEMALE;
    if (word.endsWith("man") || word.endsWith("men")) return Genders.Gender.MALE;
    return Genders.Gender.UNKNOWN;
  }

  private SpeakerResolver.Speaker person(Parse.Word p, Genders.Gender g, Span where) {
    return best(p, m -> m.kind() == EntityKind.PERSON && genders.agrees(m.entity(), g), null, g, where, PERSON_WINDOW);
  }

  private SpeakerResolver.Speaker body(Parse.Word p, String stem, Span where, int window) {
    Predicate<EntityMention> org = m -> (m.kind() == EntityKind.ORGANIZATION || (stem == null && m.kind() == EntityKind.LOCATION))
        && !m.entity().toLowerCase(Locale.ROOT).equals(outlet) && !resolver.isMedia(m);
    if (stem == null) return best(p, org, null, Genders.Gender.UNKNOWN, where, window);
    String s = stem.substring(0, Math.min(STEM, stem.length())).toLowerCase(Locale.ROOT);
    return best(p, org.and(m -> m.entity().toLowerCase(Locale.ROOT).contains(s)), s, Genders.Gender.UNKNOWN, where, window);
  }

  /** The best-ranked mention passing {@code test} within {@code window} sentences before {@code p}. */
  private SpeakerResolver.Speaker best(Parse.Word p, Predicate<EntityMention> test, String stem, Genders.Gender wanted,
      Span where, int window) {
    int here = p.sentence().index();
    EntityMention best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (EntityMention m = mentions.lastBefore(where.begin(), test); m != null;
        m = mentions.lastBefore(m.span().begin(), test)) {
      Parse.Word w = parse.headOf(m.span());
      int distance = w == null ? window : here - w.sentence().index();
      if (distance > window) break;
      if (isQuoted(m.span())) continue;
      double score = -distance + role(w) + (m.entity().equals(resolver.lastPerson()) ? LAST_SPEAKER_BONUS : 0)
          + (stem != null ? NAME_MATCH_BONUS : 0)
          + (m.kind() == EntityKind.PERSON ? 0 : SALIENCE * Math.log(counts.getOrDefault(m.entity(), 1)))
          - (genders.nameDisagrees(m.entity(), wanted) ? NAME_GENDER_MALUS : 0);
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    if (best == null) return new SpeakerResolver.Speaker(null, where);
    return new SpeakerResolver.Speaker(best.kind() == EntityKind.PERSON ? resolver.continued(best) : best.entity(), where);
  }

  /** How much a mention's place in its clause makes it a likely antecedent. */
  private double role(Parse.Word w) {
    if (w == null) return 0;
    String r = parse.relation(w);
    if (r.startsWith("appos") || r.startsWith("flat") || r.startsWith("compound")) {
      Parse.Word h = parse.head(w);
      r = h == null ? r : parse.relation(h);
    }
    if (r.startsWith("nsubj")) return SUBJECT_BONUS;
    if (r.equals("nmod:poss")) return -POSSESSOR_MALUS;
    return 0;
  }


  private boolean isQuoted(Span s) {
    for (Span q : quoted) {
      if (q.contains(s)) return true;
    }
    return false;
  }
}
