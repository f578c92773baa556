/** The {@code tidings} command line. */
package org.tidings.cli;
