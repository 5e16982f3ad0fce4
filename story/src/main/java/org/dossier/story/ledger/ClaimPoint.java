package org.dossier.story.ledger;

import org.dossier.core.model.Claim;
import org.dossier.core.model.PartialDate;

/**
 * One claim placed in time: the number, and when it applies — the claim's own time when the text gives
 * one, else the article's publication date.
 */
public record ClaimPoint(String claimId, String articleId, String articleTitle, String outlet, Claim claim,
    PartialDate when) {}
