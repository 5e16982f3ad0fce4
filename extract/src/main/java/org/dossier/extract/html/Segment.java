package org.dossier.extract.html;

import java.util.List;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;

/**
 * An article embedded in a page besides the main one.
 *
 * @param role {@link Role#RELATED} or {@link Role#FEED}
 * @param title its headline, or null (feed items often have none)
 * @param url the link it points to, or null
 * @param published its time stamp, or null
 * @param outlet the outlet it names, else the site's, or null
 * @param authors its bylined authors
 * @param paragraphs its body text
 */
record Segment(Role role, String title, String url, PartialDate published, String outlet, List<String> authors,
    List<String> paragraphs) {
  Segment {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
  }
}
