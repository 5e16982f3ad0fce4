/**
 * Annotation: one package per family of facts, all on the shared CoreNLP layer in {@code nlp}.
 * {@link org.dossier.annotate.Annotators#standard()} lists the annotators in the order the pipeline runs
 * them; to add a family, write an {@code Annotator} in its own package and append it there.
 */
package org.dossier.annotate;
