package io.github.cx4j.complaints.workflow;

/**
 * One complaint as a tolerant replay rebuilt it.
 *
 * @param state the fold of the events that could be applied, in version order
 * @param incomplete whether the stream was cut (a missing, unreadable or corrupt version): the
 *     state is then the state at {@code state.version()}, not the final one
 * @param storedVersions the number of distinct versions read for the complaint, applied or not
 */
public record ReplayedComplaint(Complaint state, boolean incomplete, long storedVersions) {

  /**
   * Checks the state.
   *
   * @param state state
   * @param incomplete incomplete
   * @param storedVersions stored versions
   */
  public ReplayedComplaint {
    Checks.present(state, "ReplayedComplaint.state");
  }
}
