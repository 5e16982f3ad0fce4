package org.dossier.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.dossier.core.model.Article;

/**
 * The order {@link KnowledgeBase#forEachArticle} yields articles in: by page name, then article id,
 * compared as UTF-8 bytes. Whatever is computed over "all articles in store order" (the store-wide event
 * merge) comes out the same elsewhere (a Spark job) when fed in this order.
 */
public final class ArticleOrder {
  /** Articles in store order. */
  public static final Comparator<Article> ARTICLES = (a, b) -> Arrays.compareUnsigned(key(a), key(b));

  private ArticleOrder() {}

  /** The sort key of an article: its page name and id, NUL-separated, as UTF-8 bytes. */
  public static byte[] key(Article a) {
    return (a.page() + '\u0000' + a.id()).getBytes(StandardCharsets.UTF_8);
  }
}
