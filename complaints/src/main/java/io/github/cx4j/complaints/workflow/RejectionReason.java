/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/** Why the workflow rejected a command: a business rule, never an exception. */
public enum RejectionReason implements Labelled {
  /** There is no complaint yet; the first command must receive one. */
  NOT_RECEIVED,
  /** The complaint was already received. */
  ALREADY_RECEIVED,
  /** The command is for another complaint. */
  WRONG_COMPLAINT,
  /** The complaint is closed or merged. */
  TERMINAL_STATUS,
  /** The command is not allowed in the complaint's status. */
  NOT_ALLOWED_IN_STATUS,
  /** A complaint never returns to the new status. */
  NEVER_BACK_TO_NEW,
  /** The complaint was already acknowledged. */
  ALREADY_ACKNOWLEDGED,
  /** The command's time is before the complaint's last event. */
  TIME_BEFORE_LAST_EVENT,
  /** Only the current owner may hand the complaint over. */
  NOT_THE_OWNER,
  /** A hand-over is already waiting for acceptance. */
  HANDOVER_PENDING,
  /** There is no hand-over to accept or decline. */
  NO_PENDING_HANDOVER,
  /** Only the named receiver may accept or decline a hand-over. */
  NOT_THE_RECEIVER,
  /** The complaint cannot be handed to its current owner. */
  HANDOVER_TO_OWNER,
  /** The person complained about may not investigate or own the complaint. */
  OBJECTIVITY_CONFLICT,
  /** An investigator must be assigned first. */
  NO_INVESTIGATOR,
  /** Closing an unsolved complaint needs an outcome. */
  OUTCOME_REQUIRED,
  /** This outcome is not allowed here. */
  INVALID_OUTCOME,
  /** Only a solved or closed complaint can be reopened. */
  NOT_SOLVED,
  /** The reopen window has passed; open a linked follow-up instead. */
  REOPEN_WINDOW_EXPIRED,
  /** The policy requires a linked follow-up complaint. */
  FOLLOW_UP_REQUIRED,
  /** A complaint cannot be merged into itself. */
  MERGE_INTO_SELF,
  /** The complaint is already escalated to this level or higher. */
  ESCALATION_NOT_HIGHER,
  /** A split must move conversation events of the complaint, other than its receipt. */
  INVALID_SPLIT;

  @Override
  public String code() {
    return name();
  }
}
