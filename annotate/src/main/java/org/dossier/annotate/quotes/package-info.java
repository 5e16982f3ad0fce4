/**
 * Quotes by rule: words in quotation marks and reported statements, with speaker and relay chain.
 *
 * <p>{@link org.dossier.annotate.quotes.RuleQuoteAnnotator} splits the text into sentences
 * ({@link org.dossier.annotate.quotes.Sentences}), finds quotation-mark spans
 * ({@link org.dossier.annotate.quotes.QuoteMarks}; a quotation over paragraphs by the open-mark convention)
 * and attribution cues (CueFinder: speech verbs, "according to", "quoted X as saying", "citing", relay
 * phrases), and orders the cues into speaker and relays (Chains); a state news agency the lead names as its
 * source relays the later words of that state's people and bodies (AccountRelay). Unattributed terms of a
 * few words are scare quotes; the publishing outlet is never a relay.
 *
 * <p>Speakers come from the article's dependency parse (the shared pipeline's, cached per text): Parse looks
 * the arcs up by character offset; SyntaxSpeakers takes the speech verb's subject (inverted, passive, or the
 * one a participle or conjoined verb shares), never its object or addressee ("told Y" makes Y a relay only
 * when Y is a news organisation, a reporter or a body such as the police); a subject phrase resolves to the
 * name it holds, a person or organisation it names ("a spokesperson for Y", "Y officials"), a country by its
 * nationality adjective (Demonyms), else through Antecedents: pronouns and descriptors ("he", "the
 * spokeswoman", "the company", "prosecutors") take the best-placed antecedent of the same kind, number and
 * gender (Genders) within a few sentences; vague groups ("officials") stay unnamed. Without a parse
 * SpeakerResolver reads speakers from plain tokens. {@link org.dossier.annotate.quotes.Attributions} gives
 * the claims annotator the attribution governing a number's clause.
 *
 * <p>To extend it, edit the rule data next to the classes in {@code src/main/resources}: speech verbs and
 * their strength ({@code speech-verbs.txt}), attribution verbs for claims ({@code attribution-verbs.txt}),
 * descriptors and the entity kind they resolve to ({@code descriptors.txt}), document nouns, news-gathering
 * roles ({@code media-roles.txt}), relay phrases, words allowed between a speaker and its verb,
 * clause-ending connectors, verbs whose words may be an infinitive ({@code infinitive-verbs.txt}). {@link
 * org.dossier.annotate.quotes.Lexicon} reads these files; {@link org.dossier.annotate.quotes.TextToken},
 * {@link org.dossier.annotate.quotes.Sentences} and {@link org.dossier.annotate.quotes.Mentions} are shared
 * with the claim and event rules.
 */
package org.dossier.annotate.quotes;
