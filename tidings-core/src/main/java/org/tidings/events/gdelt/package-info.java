/**
 * GDELT 2.0 files: {@link org.tidings.events.gdelt.GdeltEvent} rows of the Events table (61
 * tab-separated columns, GLOBALEVENTID to SOURCEURL) and {@link
 * org.tidings.events.gdelt.GdeltMention} rows of the Mentions table, read by {@link
 * org.tidings.events.gdelt.GdeltReader}, written by {@link org.tidings.events.gdelt.GdeltWriter},
 * and made from coded articles by {@link org.tidings.events.gdelt.GdeltExport}.
 */
package org.tidings.events.gdelt;
