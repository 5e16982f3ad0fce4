/**
 * Entity mentions (people, organisations including agencies and outlets, places, equipment) with the
 * canonical name each resolves to within its article. {@code CandidateFinder} collects candidates from
 * CoreNLP's NER and the data files; {@code EntityResolver} names them (lexicon aliases, acronyms defined
 * in the text, short person names, role descriptions, capitals standing for governments).
 *
 * <p>To extend: add names to {@code aliases.tsv}, capitals to {@code capitals.tsv}, verbs to {@code
 * metonymy-verbs.txt}, demonyms and roles to {@code demonyms.tsv} / {@code roles.txt}, equipment
 * families and vessel classes to {@code equipment.tsv} (all beside these classes, each documented in its
 * header); new resolution rules go into {@code EntityResolver} or a small class beside it.
 */
package org.dossier.annotate.entities;
