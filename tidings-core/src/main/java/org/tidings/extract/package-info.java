/**
 * Article extraction: the article text and metadata of an HTML page or a scraped text dump, page
 * furniture dropped, with a map back to the source.
 */
package org.tidings.extract;
