/**
 * The read model behind the web interface, free of any web framework: {@link org.dossier.web.Snapshot} derives
 * the views (newest-first articles, stories, entity profiles, merged events, the claims ledger) from one version
 * of the store, {@link org.dossier.web.SnapshotSource} rebuilds it when an ingest commits, and
 * {@link org.dossier.web.DossierApi} and {@link org.dossier.web.RecordViews} turn request parameters into JSON
 * bodies. A new view is a method here that returns a Jackson node; the HTTP layer only routes to it.
 */
package org.dossier.web;
