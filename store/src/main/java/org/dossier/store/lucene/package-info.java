/**
 * The knowledge base on Apache Lucene, the only package that sees Lucene.
 *
 * <p>{@link org.dossier.store.lucene.LuceneKnowledgeBase} keeps one index in {@code STORE/index} beside a
 * marker file with the schema version ({@code StoreFolder}). Every record is one document ({@code Docs}):
 * JSON of the record in a stored field ({@code RecordCodec}) plus indexed fields for search and filters.
 * Entities are merged at commit ({@code EntityMerger}): each profile is stored with its tally
 * ({@code EntityTally}), to which a batch adds its new mentions ({@code EntityUpdates}), so a commit costs
 * the batch, not the store; an entity that lost mentions is recounted from every stored one. Only a
 * commit makes writes durable, and write failures (a full disk, a read-only folder) become one-line
 * {@code StoreException}s naming the folder and the fix ({@code StoreFolder}). Index terms and sort keys
 * are bounded ({@code Docs.key}, {@code Docs.order}: a long page name or URL is cut and hashed in its terms,
 * whole in its JSON), and a page whose documents the index still refuses is rolled back alone and reported
 * as {@link org.dossier.store.RecordRejected}. Each commit's user data says whether the stored events were
 * merged from every stored article ({@code eventsCurrent}); an ingest killed between committing pages and
 * merging events leaves them marked behind, and readers merge them again. To store a new kind of
 * record, add a document builder in {@code Docs} and a reader in the knowledge base; a change of stored
 * shape bumps {@code StoreFolder.SCHEMA}.
 */
package org.dossier.store.lucene;
