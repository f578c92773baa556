/**
 * Countries and places: the project's own gazetteer of countries with their names, demonyms,
 * capitals and major cities, keyed by ISO 3166 alpha-3 code (which is also the CAMEO country code).
 */
package org.tidings.geo;
