package org.dossier.annotate.gist;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Gist;
import org.dossier.core.model.Span;
import org.dossier.core.pipeline.Annotator;

/**
 * Embeds each article's headline and lead (its first sentences, about {@value #LEAD_CHARS} characters)
 * into one {@link Gist}. The lead says what happened, who did it and where; the rest of a report is
 * background that reports of other happenings on the same topic share. Thread-safe; the model (about
 * 25 MB, run in process by ONNX Runtime) is loaded once, on first use.
 */
public final class GistAnnotator implements Annotator {
  /** The lead's length: the first paragraph or two of a news report. */
  static final int LEAD_CHARS = 600;
  static final String MODEL = "all-MiniLM-L6-v2-q";

  private final Function<String, float[]> embed;
  private final String model;

  /** The standard model, shared by every instance. */
  public static GistAnnotator standard() {
    return new GistAnnotator(text -> Shared.MODEL.embed(text).content().vector(), MODEL);
  }

  /** Any embedding function, named so that vectors of different models are never compared. */
  GistAnnotator(Function<String, float[]> embed, String model) {
    this.embed = embed;
    this.model = model;
  }

  @Override
  public String name() {
    return "gist";
  }

  @Override
  public Set<Class<? extends Annotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends Annotation>> provides() {
    return Set.of(Gist.class);
  }

  @Override
  public List<Annotation> annotate(Article article, List<Annotation> soFar) {
    String text = article.text();
    int end = leadEnd(text);
    String title = article.title() == null ? "" : article.title().strip();
    String input = (title.isEmpty() ? "" : title + "\n") + text.substring(0, end).strip();
    if (input.isBlank()) return List.of();
    float[] v = embed.apply(input);
    boolean direction = false;
    for (float x : v) {
      if (!Float.isFinite(x)) return List.of();
      direction |= x != 0;
    }
    return direction ? List.of(Gist.of(new Span(0, end), model, v)) : List.of();
  }

  /**
   * Where the lead ends: at the last sentence or paragraph end within {@link #LEAD_CHARS} (but past its
   * first third), else at that many characters (never inside a surrogate pair).
   */
  static int leadEnd(String text) {
    if (text.length() <= LEAD_CHARS) return text.length();
    for (int i = LEAD_CHARS; i > LEAD_CHARS / 3; i--) {
      char c = text.charAt(i - 1);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) return i;
    }
    return Character.isLowSurrogate(text.charAt(LEAD_CHARS)) ? LEAD_CHARS - 1 : LEAD_CHARS;
  }

  /** Loaded on first use only, so pipelines built without gists never pay for the model. */
  private static final class Shared {
    static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }
}
