package org.tidings.model;

import java.util.List;
import java.util.Objects;

/**
 * Weapons moving, or about to move, from one country to another.
 *
 * @param span the words that state the transfer
 * @param sentence the sentence it was found in
 * @param supplier ISO 3166 alpha-3 code of the supplying country, or the empty string
 * @param recipient ISO 3166 alpha-3 code of the receiving country, or the empty string
 * @param items systems or classes moved ("Iskander", "tanks")
 * @param quantity number of items, or 0 when not stated
 * @param value money value, or null when not stated
 * @param years contract or delivery years as a TimeML value ("2009/2011"), or the empty string
 * @param stage how far the deal has come
 */
public record ArmsTransfer(
    Span span,
    Span sentence,
    String supplier,
    String recipient,
    List<String> items,
    int quantity,
    Amount value,
    String years,
    TransferStage stage)
    implements Annotation {
  public ArmsTransfer {
    Objects.requireNonNull(span);
    Objects.requireNonNull(sentence);
    Objects.requireNonNull(supplier);
    Objects.requireNonNull(recipient);
    items = List.copyOf(items);
    Objects.requireNonNull(years);
    Objects.requireNonNull(stage);
    if (quantity < 0) {
      throw new IllegalArgumentException("negative quantity " + quantity);
    }
  }
}
