package org.dossier.annotate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.claims.RuleClaimAnnotator;
import org.dossier.annotate.quotes.Mentions;
import org.dossier.annotate.quotes.RuleQuoteAnnotator;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.dossier.core.model.Event;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;

/**
 * Dev-only measurement on the seed gold: runs each gold article's text (with its id, outlet and published
 * date) through the fact annotators and writes export-format JSON Lines to score with
 * {@code eval/facts/score.py}. Entity mentions come from {@link GoldMentions} (oracle) since the entity
 * annotator is built elsewhere.
 *
 * <p>Usage: {@code java ... SeedHarness GOLD.jsonl OUT.jsonl}; {@code -DnoEntities=true} runs without any
 * entity mentions (a lower bound).
 */
public final class SeedHarness {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> entities = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode n = JSON.readTree(line);
      switch (n.get("type").asText()) {
        case "article" -> articles.add(n);
        case "entity" -> entities.add(n);
        default -> { }
      }
    }
    GoldMentions oracle = new GoldMentions(entities);
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
      for (JsonNode e : entities) {
        ObjectNode copy = e.deepCopy();
        copy.remove("optional");
        out.println(JSON.writeValueAsString(copy));
      }
      List<EventMerger.ArticleEvents> events = new ArrayList<>();
      for (JsonNode a : articles) {
        out.println(JSON.writeValueAsString(a));
        Article article = article(a);
        List<Annotation> soFar = new ArrayList<>(Boolean.getBoolean("noEntities") ? List.of() : oracle.find(article.text()));
        List<Quote> quotes = new RuleQuoteAnnotator().quotes(article, Mentions.of(soFar));
        for (Quote q : quotes) out.println(JSON.writeValueAsString(quote(article.id(), q)));
        soFar.addAll(quotes);
        for (Claim c : new RuleClaimAnnotator().claims(article, soFar)) {
          out.println(JSON.writeValueAsString(claim(article.id(), c)));
        }
        events.add(new EventMerger.ArticleEvents(article.id(), new RuleEventAnnotator().events(article, soFar)));
      }
      for (Event e : EventMerger.merge(events)) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "event").put("id", e.id()).put("kind", e.kind().name());
        e.actors().forEach(n.putArray("actors")::add);
        n.put("date", e.date() == null ? null : e.date().iso()).put("place", e.place()).put("summary", e.summary());
        e.articles().forEach(n.putArray("articles")::add);
        out.println(JSON.writeValueAsString(n));
      }
    }
  }

  private static Article article(JsonNode a) {
    String outlet = a.get("outlet").isNull() ? null : a.get("outlet").asText();
    PartialDate published = a.get("published").isNull() ? null : PartialDate.parse(a.get("published").asText());
    String text = a.get("text").asText();
    return new Article(a.get("id").asText(), a.get("page").asText(), Role.fromWire(a.get("role").asText()), outlet,
        null, a.get("title").asText(), List.of(), published, "en", text, List.of(new Span(0, text.length())));
  }

  private static ObjectNode claim(String article, Claim c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "claim").put("id", "c" + article + c.span().begin()).put("article", article);
    n.put("value", c.value()).put("unit", c.unit()).put("qualifier", c.qualifier().wire()).put("about", c.about());
    n.put("subject", c.subject()).put("time", c.time()).put("source", c.source());
    ArrayNode via = n.putArray("via");
    c.via().forEach(via::add);
    n.putArray("span").add(c.span().begin()).add(c.span().end());
    n.put("text", "");
    return n;
  }

  private static ObjectNode quote(String article, Quote q) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "quote").put("id", "q" + article + q.span().begin()).put("article", article);
    n.put("speaker", q.speaker());
    ArrayNode via = n.putArray("via");
    q.via().forEach(via::add);
    n.put("text", q.text());
    n.putArray("span").add(q.span().begin()).add(q.span().end());
    return n;
  }
}
