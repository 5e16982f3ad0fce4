package org.dossier.extract.html;

import java.util.List;
import org.dossier.core.model.PartialDate;

/**
 * What a page says about its main article outside the body text.
 *
 * @param title headline, or null
 * @param authors by-lined authors, possibly empty
 * @param published publication time at its known precision, or null
 * @param outlet the site's name, or null
 * @param url the canonical URL, or null
 * @param jsonBody the JSON-LD {@code articleBody}, or null
 */
record PageMetadata(String title, List<String> authors, PartialDate published, String outlet, String url,
    String jsonBody) {
  PageMetadata {
    authors = List.copyOf(authors);
  }
}
