package org.dossier.annotate.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The pipeline's settings, read from {@code corenlp.properties} beside this class: CoreNLP's own keys
 * plus Dossier's {@code dossier.*} bounds.
 *
 * @param coreNlp the CoreNLP keys (every key not starting with "dossier.")
 * @param maxSentenceTokens longer sentences are cut into chunks of at most this many tokens
 * @param maxTextChars longer texts are parsed up to this offset only
 * @param cacheSize parsed texts kept for reuse
 * @param parse whether to run the dependency parser
 */
public record NlpSettings(Properties coreNlp, int maxSentenceTokens, int maxTextChars, int cacheSize,
    boolean parse) {

  private static final String RESOURCE = "corenlp.properties";

  /** The settings shipped with Dossier. */
  public static NlpSettings defaults() {
    Properties all = new Properties();
    try (InputStream in = NlpSettings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " missing beside " + NlpSettings.class.getName());
      all.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return from(all);
  }

  /** Splits a property set into CoreNLP keys and Dossier bounds, failing fast on a bad bound. */
  public static NlpSettings from(Properties all) {
    Properties core = new Properties();
    for (String key : all.stringPropertyNames()) {
      if (!key.startsWith("dossier.")) core.setProperty(key, all.getProperty(key));
    }
    return new NlpSettings(core, positive(all, "dossier.maxSentenceTokens"),
        positive(all, "dossier.maxTextChars"), positive(all, "dossier.cacheSize"),
        Boolean.parseBoolean(all.getProperty("dossier.parse", "false")));
  }

  /** The same settings with the dependency parser switched on or off. */
  public NlpSettings withParse(boolean on) {
    return new NlpSettings(coreNlp, maxSentenceTokens, maxTextChars, cacheSize, on);
  }

  private static int positive(Properties p, String key) {
    String v = p.getProperty(key);
    try {
      int n = Integer.parseInt(v == null ? "" : v.strip());
      if (n > 0) return n;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalStateException(RESOURCE + ": " + key + " must be a positive integer, got '" + v
        + "'; set it in " + RESOURCE);
  }
}
