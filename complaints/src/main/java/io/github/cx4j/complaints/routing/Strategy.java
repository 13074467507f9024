/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

/** How a queue picks an agent among its members who have capacity and speak the language. */
public enum Strategy {
  /** The next member after the last one picked in this queue. */
  ROUND_ROBIN,
  /** The member with the fewest open complaints; ties go to the earlier member. */
  LEAST_OPEN,
  /** Among members with the complaint's category as a skill, the one with the fewest open. */
  SKILLS
}
