/** Language understanding: tokens, sentences, entities, quotes, time expressions and amounts. */
package org.tidings.nlp;
