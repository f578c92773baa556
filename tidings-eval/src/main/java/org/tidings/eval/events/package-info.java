/**
 * Evaluation of event coding against the shared data: the PETRARCH2 unit-test records coded from
 * their parse trees with their validation dictionaries, and a GDELT 2.0 export read and written
 * back value for value. Reads data from the {@code tidings.shared} system property (default {@code
 * ../shared}).
 */
package org.tidings.eval.events;
