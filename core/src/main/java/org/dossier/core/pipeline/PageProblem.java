package org.dossier.core.pipeline;

/**
 * Thrown inside a stage when one page cannot be processed; the {@link Pipeline} turns it into a failed
 * {@link Outcome} and goes on with the next page.
 */
public final class PageProblem extends Exception {
  private final String code;

  public PageProblem(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
