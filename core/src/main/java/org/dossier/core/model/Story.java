package org.dossier.core.model;

import java.util.List;

/** Articles, from any pages and outlets, that report the same happening. */
public record Story(String id, String title, List<String> articles) {
  public Story {
    articles = List.copyOf(articles);
  }
}
