package org.dossier.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org objects of a page's JSON-LD scripts, flattened out of arrays and {@code @graph}s. */
record JsonLd(List<JsonNode> objects) {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
      "scholarlyarticle", "techarticle", "report", "socialmediaposting", "posting", "review");
  private static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "newsmediaorganization",
      "corporation", "govermentorganization", "governmentorganization", "ngo");
  /** Bounds the flattening walk, so hostile nesting costs little. */
  private static final int MAX_NODES = 2000;

  JsonLd {
    objects = List.copyOf(objects);
  }

  static JsonLd read(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String json = s.data().strip();
      if (json.startsWith("<!--")) json = json.substring(4);
      if (json.endsWith("-->")) json = json.substring(0, json.length() - 3);
      try {
        flatten(MAPPER.readTree(json), out);
      } catch (JsonProcessingException | RuntimeException e) {
        // a broken JSON-LD block is common and simply carries no metadata
      }
    }
    return new JsonLd(out);
  }

  private static void flatten(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    if (root != null) todo.add(root);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_NODES) {
      JsonNode n = todo.poll();
      if (n.isArray()) n.forEach(todo::add);
      else if (n.isObject()) {
        out.add(n);
        if (n.has("@graph")) todo.add(n.get("@graph"));
      }
    }
  }

  /** The first object typed as an article (NewsArticle, BlogPosting, ...), or null. */
  JsonNode article() {
    for (JsonNode o : objects) if (hasType(o, ARTICLE_TYPES)) return o;
    return null;
  }

  static boolean hasType(JsonNode o, Set<String> types) {
    JsonNode t = o.get("@type");
    if (t == null) return false;
    if (t.isArray()) {
      for (JsonNode x : t) if (types.contains(x.asText().toLowerCase(java.util.Locale.ROOT))) return true;
      return false;
    }
    return types.contains(t.asText().toLowerCase(java.util.Locale.ROOT));
  }

  /** A string property, or the {@code name} of an object property; null when absent or blank. */
  static String text(JsonNode o, String field) {
    if (o == null) return null;
    JsonNode v = o.get(field);
    if (v == null) return null;
    if (v.isArray() && !v.isEmpty()) v = v.get(0);
    if (v.isObject()) v = v.has("name") ? v.get("name") : v.get("@id");
    if (v == null || !v.isValueNode()) return null;
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * The names of a property that may be a string, an object or an array of either; objects typed as an
   * organisation (a publisher given as the author) are left out.
   */
  static List<String> names(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    if (o == null || o.get(field) == null) return out;
    JsonNode v = o.get(field);
    Iterable<JsonNode> items = v.isArray() ? v : List.of(v);
    for (JsonNode x : items) {
      if (x.isObject() && hasType(x, ORGANIZATION_TYPES)) continue;
      JsonNode n = x.isObject() ? x.get("name") : x;
      if (n != null && n.isValueNode() && !n.asText().isBlank()) out.add(n.asText().strip());
    }
    return out;
  }
}
