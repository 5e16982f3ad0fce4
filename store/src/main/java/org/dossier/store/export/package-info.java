/**
 * The export contract: every record as the JSON object {@code CONTRACT.md} fixes. Shared by
 * {@code export}, {@code extract --jsonl}, {@code annotate} and the HTTP API so the format lives in one
 * place. A new fact kind gets one method here.
 */
package org.dossier.store.export;
