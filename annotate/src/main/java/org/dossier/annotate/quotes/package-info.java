/**
 * Quotes by rule: words in quotation marks and reported statements, with speaker and relay chain.
 *
 * <p>{@link org.dossier.annotate.quotes.RuleQuoteAnnotator} splits the text into sentences
 * ({@link org.dossier.annotate.quotes.Sentences}), finds quotation-mark spans
 * ({@link org.dossier.annotate.quotes.QuoteMarks}) and attribution cues (CueFinder: speech verbs, "according
 * to", "quoted X as saying", "citing", relay phrases), resolves each cue's speaker to an entity mention,
 * pronoun or descriptor (SpeakerResolver; a bare surname stays with the person who last spoke), and orders
 * the cues into speaker and relays (Chains); a state news agency the lead names as its source relays the
 * later words of that state's people and bodies (AccountRelay). It needs
 * only entity mentions and plain tokens, so its work per sentence is bounded and it loads no model.
 *
 * <p>To extend it, edit the rule data next to the classes in {@code src/main/resources}: speech verbs and
 * their strength ({@code speech-verbs.txt}), descriptors and the entity kind they resolve to, relay phrases,
 * words allowed between a speaker and its verb, clause-ending connectors, verbs whose words may be an
 * infinitive ({@code infinitive-verbs.txt}). {@link
 * org.dossier.annotate.quotes.Lexicon} reads these files; {@link org.dossier.annotate.quotes.TextToken},
 * {@link org.dossier.annotate.quotes.Sentences} and {@link org.dossier.annotate.quotes.Mentions} are shared
 * with the claim and event rules.
 */
package org.dossier.annotate.quotes;
