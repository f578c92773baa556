/**
 * The JSON form of an analysis, as printed by {@code tidings analyze}, served by the REST API and
 * kept by the store. One object per article with the keys {@code id, source, title, published,
 * language, text, entities, quotes, times, amounts, events, transfers, diagnostics}; every
 * annotation has {@code start} and {@code end} offsets into {@code text}.
 */
package org.tidings.json;
