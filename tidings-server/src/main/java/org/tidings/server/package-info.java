/**
 * The REST API and web UI over a store. {@link org.tidings.server.TidingsServer#start} serves a
 * {@link org.tidings.store.Store} with JSON under {@code /api} ({@code articles, articles/{id},
 * search, events, entities, quotes, transfers, stats, health}) and a static single-page UI (vanilla
 * HTML, CSS and JavaScript under {@code resources/org/tidings/server/web}) at {@code /}.
 */
package org.tidings.server;
