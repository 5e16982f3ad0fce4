/**
 * Gists: what an article's lead means, as a sentence-embedding vector, so that same-story clustering
 * can tell apart two happenings of one kind that share most of their words.
 */
package org.dossier.annotate.gist;
