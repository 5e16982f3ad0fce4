/**
 * Same-story clustering and near-duplicate detection, pure code over articles and their annotations.
 *
 * <p>{@link org.dossier.story.ProfileBuilder} turns an article into a {@link org.dossier.story.StoryProfile}
 * (content words, names and numbers, shingles); {@link org.dossier.story.StoryClusterer} places each new
 * profile incrementally and reports {@link org.dossier.story.StoryChanges} for the store to write. Every
 * weight and threshold is in {@code story.properties} ({@link org.dossier.story.StoryTuning}); names come
 * from a {@link org.dossier.story.NameFinder} (entity annotations, or a capitalisation heuristic when
 * there are none). To add a signal, give the profile a field, fill it in the builder and blend it in
 * {@code StorySimilarity}.
 */
package org.dossier.story;
