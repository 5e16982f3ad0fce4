package org.dossier.extract.text;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.model.Article;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.RawPage;
import org.dossier.core.pipeline.Extractor;
import org.dossier.core.pipeline.PageProblem;
import org.dossier.extract.page.Decoding;
import org.dossier.extract.meta.Outlets;

/**
 * Extracts articles from a plain-text dump of a rendered news page (one visual line per line, optionally
 * opened by " date YYYY-MM-DD"): classifies each line, groups lines into blocks, and turns the blocks
 * into the main article, related embeds and feed items. Thread-safe.
 */
public final class TextPageExtractor implements Extractor {
  /** The dump's own date, which may share its line with the first line of the page. */
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");

  private final LineClassifier classifier;
  private final ArticleAssembler assembler;

  public TextPageExtractor() {
    this(Outlets.standard());
  }

  public TextPageExtractor(Outlets outlets) {
    TextLexicon lexicon = TextLexicon.standard();
    this.classifier = new LineClassifier(lexicon, outlets);
    this.assembler = new ArticleAssembler(outlets, lexicon);
  }

  @Override
  public List<Article> extract(RawPage page) throws PageProblem {
    if (binary(page.bytes())) throw new PageProblem("binary", "not a text dump: too many control bytes");
    String text = Decoding.decode(page.bytes(), page.charset()).text();
    PartialDate pageDate = null;
    Matcher m = DATE_LINE.matcher(text);
    if (m.lookingAt()) {
      pageDate = PartialDate.parse(m.group(1));
      text = text.substring(m.end());
    }
    PartialDate reference = page.provenance().fetched() != null
        ? PartialDate.of(page.provenance().fetched().atOffset(ZoneOffset.UTC).toLocalDateTime())
        : pageDate;
    List<Line> lines = classify(text);
    return assembler.assemble(page.name(), lines, Segmenter.segment(lines), reference);
  }

  /** Each line of the dump with its class. */
  List<Line> classify(String text) {
    String[] raw = text.split("\\r?\\n|\\r");
    List<Line> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) lines.add(classifier.classify(i, raw[i]));
    return lines;
  }

  private static boolean binary(byte[] bytes) {
    if (bytes.length == 0) return false;
    int control = 0;
    for (byte b : bytes) {
      if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    return control > TextRules.MAX_CONTROL_SHARE * bytes.length;
  }
}
