/**
 * Evaluation of article extraction: body-text quality on the Scrapinghub article extraction
 * benchmark (its own shingle metric, also applied to the peer outputs it ships), title, date and
 * author accuracy on the WCXB dev split, and speed against readability4j and boilerpipe.
 */
package org.tidings.eval.extract;
