package org.dossier.extract.html;

import org.dossier.core.model.PartialDate;

/**
 * What a page says about its main article outside the body text.
 *
 * @param title headline, or null
 * @param authors the authors it declares and shows, read once the embedded articles are known
 * @param published publication time at its known precision, or null
 * @param outlet the site's name, or null
 * @param url the canonical URL, or null
 * @param jsonBody the JSON-LD {@code articleBody}, or null
 */
record PageMetadata(String title, MainAuthors authors, PartialDate published, String outlet, String url,
    String jsonBody) {
}
