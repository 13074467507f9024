/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs a command against an {@link EventStore}: load the complaint's events, fold them, decide the
 * command with a {@link ComplaintWorkflow}, append the events with the version the decision was
 * based on. Written once against the interface, so the in-memory and the JDBC stores behave alike.
 *
 * <p>Retry on conflict: when another writer appended first, the store answers {@link
 * AppendResult.Conflict} and nothing was written; {@link #execute(EventStore, ComplaintWorkflow,
 * ComplaintCommand, Instant, int)} then reloads and decides again (the command may now be rejected,
 * or give other events), up to {@code maxAttempts} times. The event ids of a decision are a
 * function of (complaint, version, command, time), so a retry of an append whose answer was lost is
 * recognised by the store as {@link AppendResult.AlreadyAppended}.
 */
public final class CommandExecution {
  private CommandExecution() {}

  /**
   * What became of a command.
   *
   * @param decision the last decision (accepted with its events, or rejected)
   * @param append what the store answered to the last append; empty when nothing was appended (a
   *     rejection, or an accepted command without events)
   * @param attempts how many times the command was decided, at least 1
   * @param conflicts how many of those appends lost a race and were retried or given up
   */
  public record Outcome(
      Decision decision, Optional<AppendResult> append, int attempts, int conflicts) {

    /**
     * Whether the command's events are in the store (appended now or by an earlier try), or the
     * command needed no events.
     *
     * @return false for a rejection or a conflict that was given up
     */
    public boolean stored() {
      return decision.accepted()
          && (append.isEmpty() || !(append.get() instanceof AppendResult.Conflict));
    }

    /**
     * Whether the command lost every race it ran and was given up.
     *
     * @return true if the last append was a conflict
     */
    public boolean gaveUp() {
      return append.isPresent() && append.get() instanceof AppendResult.Conflict;
    }

    /**
     * The decision, unless the command was given up after conflicts.
     *
     * @return the decision
     * @throws CxValidationException naming {@code CommandExecution.attempts} if every attempt
     *     conflicted
     */
    public Decision decisionOrThrow() {
      if (gaveUp()) {
        throw CxValidationException.of(
            "CommandExecution.attempts",
            "be enough to append without a conflict, " + attempts + " were not, for complaint",
            decision.events().get(0).complaintId().value());
      }
      return decision;
    }
  }

  /**
   * Loads, decides and appends once; a conflict is returned, not retried.
   *
   * @param store the store
   * @param workflow the workflow
   * @param command the command
   * @param now the command's time
   * @return the outcome
   * @throws EventStoreException if the store fails
   */
  public static Outcome executeOnce(
      EventStore store, ComplaintWorkflow workflow, ComplaintCommand command, Instant now) {
    return execute(store, workflow, command, now, 1);
  }

  /**
   * Loads, decides and appends, deciding again after each conflict, at most {@code maxAttempts}
   * times.
   *
   * @param store the store
   * @param workflow the workflow
   * @param command the command
   * @param now the command's time
   * @param maxAttempts how often to try, at least 1
   * @return the outcome; {@link Outcome#gaveUp()} if every attempt conflicted
   * @throws CxValidationException if {@code maxAttempts} is below 1
   * @throws EventStoreException if the store fails
   */
  public static Outcome execute(
      EventStore store,
      ComplaintWorkflow workflow,
      ComplaintCommand command,
      Instant now,
      int maxAttempts) {
    if (maxAttempts < 1) {
      throw CxValidationException.of("CommandExecution.maxAttempts", "be at least 1", maxAttempts);
    }
    Checks.present(command, "CommandExecution.command");
    int conflicts = 0;
    for (int attempt = 1; ; attempt++) {
      Optional<Complaint> state = store.state(command.complaintId());
      Decision decision = workflow.decide(state, command, now);
      List<ComplaintEvent> events = decision.events();
      if (!decision.accepted() || events.isEmpty()) {
        return new Outcome(decision, Optional.empty(), attempt, conflicts);
      }
      long expected = state.map(Complaint::version).orElse(0L);
      AppendResult result = store.append(command.complaintId(), expected, events);
      if (!(result instanceof AppendResult.Conflict)) {
        return new Outcome(decision, Optional.of(result), attempt, conflicts);
      }
      conflicts++;
      if (attempt >= maxAttempts) {
        return new Outcome(decision, Optional.of(result), attempt, conflicts);
      }
    }
  }
}
