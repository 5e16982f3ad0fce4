/**
 * The data Dossier passes between stages: immutable records only.
 *
 * <p>{@link org.dossier.core.model.RawPage} goes in; {@link org.dossier.core.model.Article}s come out of
 * extraction; {@link org.dossier.core.model.Annotation}s (a sealed family) come out of annotation, each
 * with a {@link org.dossier.core.model.Span} into its article's text so that every fact can be traced to
 * the sentence it came from. To add a fact kind, add a record to the {@code permits} list of
 * {@link org.dossier.core.model.Annotation} and follow the compiler errors.
 */
package org.dossier.core.model;
