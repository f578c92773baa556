/**
 * Evaluation of the arms stages against shared data: gazetteer coverage of the Oryx equipment
 * lists, the reference sample's transfers, and a benchmark of transfer finding against the
 * tokenizer over the BBC corpus. Run the main classes; each reads the data root from the system
 * property {@code tidings.shared} (default {@code ../shared}).
 */
package org.tidings.eval.arms;
