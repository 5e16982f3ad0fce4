/**
 * Entity mentions (people, organisations including agencies and outlets, places, equipment) with the
 * canonical name each resolves to within its article. {@code CandidateFinder} collects candidates from
 * CoreNLP's NER (pronouns left out) and the data files, {@code InstitutionFinder} adds ministries and
 * state media described by country, {@code ProperNameFallback} guesses capitalised names and bracketed
 * acronyms the tagger missed, and a name found once is found wherever it stands again; {@code
 * EntityResolver} names them (lexicon aliases, acronyms defined in the text, short person names, role
 * descriptions, capitals standing for governments).
 *
 * <p>To extend: add names to {@code aliases.tsv}, capitals to {@code capitals.tsv}, verbs to {@code
 * metonymy-verbs.txt}, demonyms and roles to {@code demonyms.tsv} / {@code roles.txt}, equipment
 * families and vessel classes to {@code equipment.tsv}, state agencies to {@code state-media.tsv},
 * ministry fields to {@code ministries.tsv}, name-guessing words to {@code name-heads.tsv} (all beside
 * these classes, each documented in its header); new resolution rules go into {@code EntityResolver} or
 * a small class beside it.
 */
package org.dossier.annotate.entities;
