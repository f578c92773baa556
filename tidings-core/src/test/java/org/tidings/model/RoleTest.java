package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleTest {
  @Test
  void labelsAndCodesNameRoles() {
    assertEquals(Role.HEAD_OF_STATE, Role.of("Head of State").orElseThrow());
    assertEquals(Role.GOVERNMENT, Role.of("GOV").orElseThrow());
    assertEquals("media", Role.label("MED"));
    assertTrue(Role.of("astronaut").isEmpty());
    assertEquals("astronaut", Role.label("astronaut"));
    assertEquals("", Role.label(""));
  }

  @Test
  void everyRoleHasACameoCode() {
    assertEquals("GOV", Role.cameo("head of state"));
    assertEquals("MIL", Role.cameo("defence minister"));
    assertEquals("SPY", Role.cameo("SPY"), "a user's own code passes through");
    assertEquals("", Role.cameo("astronaut"));
    for (Role r : Role.values()) {
      assertEquals(r, Role.of(r.label()).orElseThrow());
      assertTrue(r.cameo().matches("[A-Z]{3}"), r.toString());
    }
  }
}
