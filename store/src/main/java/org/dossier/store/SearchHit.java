package org.dossier.store;

import org.dossier.core.model.Article;

/** One search result: the article, its score and a snippet of text around the first matching word. */
public record SearchHit(Article article, float score, String snippet) {}
