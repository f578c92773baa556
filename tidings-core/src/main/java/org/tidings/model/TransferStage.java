package org.tidings.model;

/** How far an arms deal has come, in the order deals usually move. */
public enum TransferStage {
  INTENT,
  NEGOTIATING,
  ORDERED,
  DELIVERED,
  CANCELLED,
  UNKNOWN
}
