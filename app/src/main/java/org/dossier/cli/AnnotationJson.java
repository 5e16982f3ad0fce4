package org.dossier.cli;

import org.dossier.core.model.Annotation;
import org.dossier.core.model.Claim;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.Gist;
import org.dossier.core.model.Quote;
import org.dossier.core.model.TimeMention;
import org.dossier.store.export.ContractJson;

/** The {@code annotate} command's JSON line for one annotation, spans in code points; null for none. */
final class AnnotationJson {
  private AnnotationJson() {}

  static String line(String file, CodePointSpans spans, Annotation a) {
    return switch (a) {
      case TimeMention t -> ContractJson.line(ContractJson.time(file,
          new TimeMention(spans.convert(t.span()), t.text(), t.value(), t.kind())));
      case EntityMention m -> ContractJson.line(ContractJson.mention(file,
          new EntityMention(spans.convert(m.span()), m.text(), m.entity(), m.kind())));
      case Quote q -> ContractJson.line(ContractJson.quote(file,
          new Quote(spans.convert(q.span()), q.text(), q.speaker(), q.via(), q.sentence()), true));
      case Claim c -> ContractJson.line(ContractJson.claim(file, new Claim(spans.convert(c.span()), c.value(),
          c.unit(), c.qualifier(), c.about(), c.subject(), c.time(), c.source(), c.via()), true));
      case EventMention e -> null; // not part of the annotate contract
      case Gist g -> null;
    };
  }
}
