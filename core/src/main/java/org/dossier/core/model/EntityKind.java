package org.dossier.core.model;

/** The kinds of named things the dossier tracks. */
public enum EntityKind { PERSON, ORGANIZATION, LOCATION, EQUIPMENT, OTHER }
