package org.dossier.cli;

/** Keeps CoreNLP's model-loading chatter off standard error; warnings still show. */
final class Logging {
  private Logging() {}

  /** Call before the first CoreNLP class loads (slf4j-simple reads these once). */
  static void quietCoreNlp() {
    System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp", "warn");
  }
}
