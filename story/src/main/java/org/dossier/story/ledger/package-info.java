/**
 * The claims ledger: claims about the same measure grouped across articles and sources into series
 * over time, with disagreements between sources at the same time flagged. Pure code over records; the
 * store and the web layer feed it points and show its series. To change what counts as one measure,
 * change {@code ClaimLedger.series}'s key.
 */
package org.dossier.story.ledger;
