/** Arms transfers: supplier, recipient, systems, quantity, value, years and deal stage. */
package org.tidings.arms;
