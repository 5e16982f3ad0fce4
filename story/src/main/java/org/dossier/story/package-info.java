/**
 * Same-story clustering and near-duplicate detection, pure code over articles and their annotations.
 *
 * <p>{@link org.dossier.story.ProfileBuilder} turns an article into a {@link org.dossier.story.StoryProfile}:
 * content words (a headline that does not speak of its body is left out), names (canonical entity names
 * from a {@link org.dossier.story.NameFinder}, or capitalised words when no entity annotator ran) and
 * numbers, event keys, months and days, shingles, and the lead's gist. {@code StorySimilarity} blends words
 * and names by TF-IDF cosine and lets events, dates, weekdays and stated numbers confirm or contradict; within
 * a block, gists compared after the block's mean gist is taken away confirm or contradict too, and
 * {@code Neighbourhoods} makes it all relative to how crowded the block is.
 * {@link org.dossier.story.StoryClusterer} places each new profile
 * incrementally: it looks up candidates in an inverted index (never the whole store), re-clusters the
 * stories of the close ones by average link, and reports {@link org.dossier.story.StoryChanges} for the
 * store to write. Cost per new article: at most {@code candidateTerms} keys times {@code maxPostings}
 * postings read, {@code maxCandidates} comparisons, and average link over at most {@code maxBlock}
 * articles, so it does not grow with the store (memory does: one profile per article).
 *
 * <p>Every weight and threshold is in {@code story.properties} ({@link org.dossier.story.StoryTuning}).
 * To add a signal, give the profile a field, fill it in the builder and use it in {@code StorySimilarity}.
 */
package org.dossier.story;
