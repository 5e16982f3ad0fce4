/**
 * The knowledge base's API: the {@link org.dossier.store.KnowledgeBase} role interface and the records it
 * takes and returns. Callers (the command line, the web layer) see only this package and
 * {@code export}; Lucene stays inside {@code org.dossier.store.lucene}. To add a kind of record, add a
 * method here, implement it in every implementation and extend the contract tests.
 */
package org.dossier.store;
