/**
 * Same-story clustering at crawl scale: articles are blocked by date window and shared names, each
 * block is clustered by the command line's {@code StoryClusterer}, and stories that share an article
 * are joined by connected components.
 *
 * <p>To block differently (more names per article, entity ids instead of names), change
 * {@link org.dossier.spark.story.Blocking}; the clustering itself belongs to the story module.
 */
package org.dossier.spark.story;
