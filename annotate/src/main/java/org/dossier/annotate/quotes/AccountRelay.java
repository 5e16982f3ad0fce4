package org.dossier.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.annotate.entities.EntityLexicon;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Span;

/**
 * A state news agency that the article's lead names as its source relays the whole account for that
 * state: later words of the state itself and of the people and bodies the article ties to it ("the North
 * Korean leader") come through the agency when no other relay is named for them.
 */
final class AccountRelay {
  private static final EntityLexicon LEXICON = EntityLexicon.standard();
  /** How many opening sentences count as the lead that names the account's source. */
  private static final int LEAD_SENTENCES = 2;
  /** How far before a name a nationality may stand to tie it to a country ("North Korean leader X"). */
  private static final int TIE_REACH = 40;

  private AccountRelay() {}

  static List<Quote> apply(String text, List<Quote> quotes, Mentions mentions, List<Span> sentences) {
    if (sentences.isEmpty()) return quotes;
    int leadEnd = sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
    String agency = leadAgency(quotes, leadEnd);
    if (agency == null) return quotes;
    String country = LEXICON.stateMediaCountry(agency);
    List<String> marks = new ArrayList<>(LEXICON.demonymsOf(country));
    marks.add(country);
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      boolean relayed = q.via().isEmpty() && q.speaker() != null && !q.speaker().equals(agency)
          && LEXICON.stateMediaCountry(q.speaker()) == null && tied(text, q.speaker(), country, marks, mentions);
      out.add(relayed ? new Quote(q.span(), q.text(), q.speaker(), List.of(agency), q.sentence()) : q);
    }
    return out;
  }

  /** The state agency that speaks or relays, with no relay of its own, in the lead; null if none. */
  private static String leadAgency(List<Quote> quotes, int leadEnd) {
    for (Quote q : quotes) {
      if (q.sentence().begin() >= leadEnd) break;
      if (q.via().isEmpty() && q.speaker() != null && LEXICON.stateMediaCountry(q.speaker()) != null) {
        return q.speaker();
      }
      if (q.via().size() == 1 && LEXICON.stateMediaCountry(q.via().get(0)) != null) return q.via().get(0);
    }
    return null;
  }

  /** The speaker is the country, or one of its mentions carries or follows the country's nationality. */
  private static boolean tied(String text, String speaker, String country, List<String> marks, Mentions mentions) {
    if (speaker.equals(country)) return true;
    for (EntityMention m : mentions.all()) {
      if (!m.entity().equals(speaker)) continue;
      int from = Math.max(0, m.span().begin() - TIE_REACH);
      String around = text.substring(from, m.span().end());
      int stop = Math.max(around.lastIndexOf('.', around.length() - m.text().length() - 1),
          around.lastIndexOf(',', around.length() - m.text().length() - 1));
      String scope = around.substring(stop + 1).toLowerCase(Locale.ROOT);
      for (String mark : marks) {
        if (scope.contains(mark.toLowerCase(Locale.ROOT))) return true;
      }
    }
    return false;
  }
}
