/**
 * Same-story clustering and event merging at crawl scale: articles are blocked by date window and shared
 * names, each block is clustered by the command line's {@code StoryClusterer}, and stories that share an
 * article are joined by connected components. Event mentions are blocked by shared (kind, actor), which
 * no merged event crosses, and each block goes through the command line's {@code EventMerger} in store
 * order ({@link org.dossier.spark.story.EventBlocks}), so the events equal an ingest's.
 *
 * <p>To block stories differently (more names per article, entity ids instead of names), change
 * {@link org.dossier.spark.story.Blocking}; the clustering and merging themselves belong to the story and
 * annotate modules. Event blocking must stay exact: change it only together with {@code EventMerger}'s rule.
 */
package org.dossier.spark.story;
