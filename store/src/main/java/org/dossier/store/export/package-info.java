/**
 * The export contract: every record as the JSON object {@code CONTRACT.md} fixes. Shared by
 * {@code export}, {@code extract --jsonl}, {@code annotate} and the HTTP API so the format lives in one
 * place. A new fact kind gets one method here; {@link org.dossier.store.export.ContractCsv} flattens the same
 * objects into one CSV table per type.
 */
package org.dossier.store.export;
