/**
 * Entity mentions (people, organisations including agencies and outlets, places, equipment) with the
 * canonical name and the kind each resolves to within its article. {@code CandidateFinder} collects
 * candidates from CoreNLP's NER (pronouns left out, a possessive inside a tagged name parting an owner
 * from what it owns) and the data files, {@code InstitutionFinder} adds ministries, armed forces, state media
 * and other institutions described in lower case by their country or place ("the Ohio health
 * department"), {@code ProperNameFallback} guesses capitalised names and bracketed acronyms
 * the tagger missed, and a name found once is found wherever it stands again. {@code NameShape} keeps out
 * phrases that cannot be names (pronouns, contractions, verb phrases of song titles and slogans, title
 * words, fragments of all-caps lines, headlines in title case). {@code EntityResolver} names them
 * (lexicon aliases, acronyms defined in the text, person names and their short forms in {@code
 * PersonNames}, company short forms in {@code OrgNames}, role descriptions, capitals standing for
 * governments, one spelling for names in capitals in {@code Spelling}), and {@code KindVotes} gives each
 * name one kind, voted over its mentions with what the syntax says about each.
 *
 * <p>To extend: add names to {@code aliases.tsv}, capitals to {@code capitals.tsv}, verbs to {@code
 * metonymy-verbs.txt}, demonyms and roles to {@code demonyms.tsv} / {@code roles.txt}, equipment
 * families and vessel classes to {@code equipment.tsv}, state agencies to {@code state-media.tsv},
 * ministry fields to {@code ministries.tsv}, name-guessing words to {@code name-heads.tsv}, kind cues
 * (company suffixes, describing nouns, posts, titles) to {@code kind-cues.tsv} (all beside these
 * classes, each documented in its header); new resolution rules go into {@code EntityResolver} or a
 * small class beside it. Given names come from CoreNLP's name-gender list.
 */
package org.dossier.annotate.entities;
