/** The REST API and web UI over a store. */
package org.tidings.server;
