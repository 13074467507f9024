/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.util.Set;

/**
 * What counts as a response for a response metric: which authors, and whether the message must be
 * public, written by a person, and not automatic.
 *
 * @param authors authors whose messages may count
 * @param requirePublic only public messages count (internal notes never do)
 * @param requireHuman only messages written by a person count
 * @param allowAutomatic automatic messages (auto-acknowledgements) may count
 */
public record ResponseRule(
    Set<Author> authors, boolean requirePublic, boolean requireHuman, boolean allowAutomatic) {

  /**
   * A copy with an unmodifiable set.
   *
   * @param authors authors
   * @param requirePublic public only
   * @param requireHuman person only
   * @param allowAutomatic automatic allowed
   */
  public ResponseRule {
    authors = Set.copyOf(authors);
  }

  /** A public message by an agent, written by a person, not automatic: the helpdesk default. */
  public static final ResponseRule HUMAN_PUBLIC_REPLY =
      new ResponseRule(Set.of(Author.AGENT), true, true, false);

  /** Any public message by an agent or the system, automatic acknowledgements included. */
  public static final ResponseRule ANY_PUBLIC_ACKNOWLEDGEMENT =
      new ResponseRule(Set.of(Author.AGENT, Author.SYSTEM), true, false, true);

  /**
   * Whether a message counts.
   *
   * @param message the message
   * @return true if it is a response under this rule
   */
  public boolean counts(SlaFact.Message message) {
    return authors.contains(message.author())
        && (message.isPublic() || !requirePublic)
        && (message.human() || !requireHuman)
        && (!message.automatic() || allowAutomatic);
  }
}
