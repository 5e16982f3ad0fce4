package org.dossier.core.model;

/** The kinds of happenings the dossier records. */
public enum EventKind {
  MEET, VISIT, INSPECT, LAUNCH, TEST, DEPLOY, TRANSFER, STATEMENT, AGREE, BUILD, ATTACK, CASUALTIES, OTHER
}
