/** Who did what to whom: CAMEO actors and events coded from sentences, and GDELT files. */
package org.tidings.events;
