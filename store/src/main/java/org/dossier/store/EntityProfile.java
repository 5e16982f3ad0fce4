package org.dossier.store;

import org.dossier.core.model.Entity;
import org.dossier.core.model.PartialDate;

/**
 * An entity merged across every article that mentions it.
 *
 * @param entity canonical name, kind (the most frequent among its mentions) and aliases (the other ways
 *     it was written)
 * @param mentions how many mentions name it
 * @param articles in how many articles
 * @param firstSeen the earliest publication date of those articles, or null when none is dated
 * @param lastSeen the latest, or null
 */
public record EntityProfile(Entity entity, int mentions, int articles, PartialDate firstSeen, PartialDate lastSeen) {}
