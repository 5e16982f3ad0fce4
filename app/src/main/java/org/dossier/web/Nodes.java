package org.dossier.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.core.model.Article;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Span;

/** Small JSON builders the views share. */
final class Nodes {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Nodes() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ArrayNode span(Span s) {
    return array().add(s.begin()).add(s.end());
  }

  static String iso(PartialDate d) {
    return d == null ? null : d.iso();
  }

  /** An article as a list item: no text, a lead instead. */
  static ObjectNode summary(Article a, Snapshot snap) {
    ObjectNode n = object();
    n.put("id", a.id());
    n.put("title", a.title());
    n.put("outlet", a.outlet());
    n.put("published", iso(a.published()));
    n.put("role", a.role().wire());
    n.put("page", a.page());
    n.put("snippet", lead(a.text(), 240));
    var story = snap.storyOf().get(a.id());
    if (story != null && story.articles().size() > 1) {
      n.putObject("story").put("id", story.id()).put("title", story.title());
    } else {
      n.putNull("story");
    }
    return n;
  }

  static String lead(String text, int max) {
    int paragraph = text.indexOf("\n\n");
    String first = paragraph > 0 ? text.substring(0, paragraph) : text;
    return first.length() <= max ? first : first.substring(0, first.lastIndexOf(' ', max) > 0
        ? first.lastIndexOf(' ', max) : max) + "…";
  }
}
