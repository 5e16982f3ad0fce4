package org.dossier.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.Entity;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.Event;
import org.dossier.core.model.Ids;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Span;
import org.dossier.core.model.Story;
import org.dossier.core.model.TimeMention;
import org.dossier.store.EntityProfile;

/**
 * The JSON objects of the export contract ({@code CONTRACT.md}), one per record. Field order follows the
 * contract so that exports read the same as its examples. Ids of facts are hashes of their article and
 * span, so they are stable across runs.
 */
public final class ContractJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContractJson() {}

  /** One JSON Lines line (no trailing newline). */
  public static String line(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  public static ObjectNode article(Article a) {
    ObjectNode n = typed("article", a.id());
    n.put("page", a.page());
    n.put("role", a.role().wire());
    n.put("outlet", a.outlet());
    n.put("url", a.url());
    n.put("title", a.title());
    strings(n.putArray("authors"), a.authors());
    n.put("published", iso(a.published()));
    n.put("language", a.language());
    n.put("text", a.text());
    return n;
  }

  public static ObjectNode entity(Entity e) {
    ObjectNode n = typed("entity", e.id());
    n.put("name", e.name());
    n.put("kind", e.kind().name());
    strings(n.putArray("aliases"), e.aliases());
    return n;
  }

  /** An entity merged across articles: the contract's fields, then its counts and first/last dates. */
  public static ObjectNode entity(EntityProfile p) {
    ObjectNode n = entity(p.entity());
    n.put("mentions", p.mentions());
    n.put("articles", p.articles());
    n.put("first_seen", iso(p.firstSeen()));
    n.put("last_seen", iso(p.lastSeen()));
    return n;
  }

  public static ObjectNode quote(String articleId, Quote q) {
    ObjectNode n = typed("quote", factId(articleId, "quote", q.span()));
    n.put("article", articleId);
    quoteFields(n, q);
    return n;
  }

  public static ObjectNode claim(String articleId, Claim c) {
    ObjectNode n = typed("claim", factId(articleId, "claim", c.span()));
    n.put("article", articleId);
    claimFields(n, c);
    return n;
  }

  public static ObjectNode event(Event e) {
    ObjectNode n = typed("event", e.id());
    n.put("kind", e.kind().name());
    strings(n.putArray("actors"), e.actors());
    n.put("date", iso(e.date()));
    n.put("place", e.place());
    n.put("summary", e.summary());
    strings(n.putArray("articles"), e.articles());
    return n;
  }

  public static ObjectNode story(Story s) {
    ObjectNode n = typed("story", s.id());
    n.put("title", s.title());
    strings(n.putArray("articles"), s.articles());
    return n;
  }

  // The `annotate` command's objects: tied to an input file instead of a stored article.

  public static ObjectNode time(String file, TimeMention t) {
    ObjectNode n = inFile("time", file, t.span());
    n.put("text", t.text());
    n.put("value", t.value());
    n.put("kind", t.kind().name());
    return n;
  }

  public static ObjectNode mention(String file, EntityMention m) {
    ObjectNode n = inFile("mention", file, m.span());
    n.put("text", m.text());
    n.put("entity", m.entity());
    n.put("kind", m.kind().name());
    return n;
  }

  public static ObjectNode quote(String file, Quote q, boolean inFile) {
    if (!inFile) return quote(file, q);
    ObjectNode n = inFile("quote", file, q.span());
    quoteFields(n, q);
    return n;
  }

  public static ObjectNode claim(String file, Claim c, boolean inFile) {
    if (!inFile) return claim(file, c);
    ObjectNode n = inFile("claim", file, c.span());
    claimFields(n, c);
    return n;
  }

  /** A fact's stable id: its kind, article and span. */
  public static String factId(String articleId, String kind, Span span) {
    return kind.charAt(0) + Ids.hash(articleId, kind, Integer.toString(span.begin()), Integer.toString(span.end()));
  }

  private static void quoteFields(ObjectNode n, Quote q) {
    n.put("speaker", q.speaker());
    strings(n.putArray("via"), q.via());
    n.put("text", q.text());
    span(n, q.span());
  }

  private static void claimFields(ObjectNode n, Claim c) {
    if (c.value() == Math.rint(c.value()) && Math.abs(c.value()) < 1e15) {
      n.put("value", (long) c.value());
    } else {
      n.put("value", c.value());
    }
    n.put("unit", c.unit());
    n.put("qualifier", c.qualifier().wire());
    n.put("about", c.about());
    n.put("subject", c.subject());
    n.put("time", c.time());
    n.put("source", c.source());
    strings(n.putArray("via"), c.via());
    span(n, c.span());
  }

  private static ObjectNode typed(String type, String id) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", type);
    n.put("id", id);
    return n;
  }

  private static ObjectNode inFile(String type, String file, Span s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", type);
    n.put("file", file);
    span(n, s);
    return n;
  }

  private static void span(ObjectNode n, Span s) {
    n.putArray("span").add(s.begin()).add(s.end());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String iso(PartialDate d) {
    return d == null ? null : d.iso();
  }
}
