package org.dossier.store.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Gist;
import org.dossier.core.model.Provenance;
import org.dossier.core.model.Quote;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.Outcome;
import org.dossier.store.PageRecord;

/**
 * How records are kept in the index's stored fields: JSON of the record itself (this is the store's
 * own format, versioned by the schema number; the export contract lives in {@code ContractJson}).
 */
final class RecordCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private RecordCodec() {}

  static String write(Object record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + record.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " does not parse: " + e.getOriginalMessage(), e);
    }
  }

  /** The stored kind name of an annotation; the sealed family makes this switch complete. */
  static String kind(Annotation a) {
    return switch (a) {
      case EntityMention m -> "mention";
      case TimeMention t -> "time";
      case Quote q -> "quote";
      case Claim c -> "claim";
      case EventMention e -> "eventmention";
      case Gist g -> "gist";
    };
  }

  static Class<? extends Annotation> annotationClass(String kind) {
    return switch (kind) {
      case "mention" -> EntityMention.class;
      case "time" -> TimeMention.class;
      case "quote" -> Quote.class;
      case "claim" -> Claim.class;
      case "eventmention" -> EventMention.class;
      case "gist" -> Gist.class;
      default -> throw new IllegalStateException("unknown stored annotation kind '" + kind + "'");
    };
  }

  static String writePage(PageRecord p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", p.name());
    n.put("path", p.provenance().path());
    n.put("warcOffset", p.provenance().warcOffset());
    n.put("targetUri", p.provenance().targetUri());
    n.put("fetched", p.provenance().fetched() == null ? null : p.provenance().fetched().toString());
    n.put("contentHash", p.contentHash());
    n.put("pipeline", p.pipeline());
    n.set("outcome", MAPPER.valueToTree(p.outcome()));
    return n.toString();
  }

  static PageRecord readPage(String json) {
    try {
      JsonNode n = MAPPER.readTree(json);
      String fetched = text(n, "fetched");
      Provenance prov = new Provenance(text(n, "path"), n.path("warcOffset").asLong(-1), text(n, "targetUri"),
          fetched == null ? null : Instant.parse(fetched));
      Outcome outcome = MAPPER.treeToValue(n.get("outcome"), Outcome.class);
      return new PageRecord(text(n, "name"), prov, text(n, "contentHash"), text(n, "pipeline"), outcome);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored page does not parse: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
