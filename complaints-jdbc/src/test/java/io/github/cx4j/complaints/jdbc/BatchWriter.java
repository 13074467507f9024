/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import io.github.cx4j.complaints.workflow.ComplaintId;

/**
 * A child process for the kill test: appends batches of {@value #BATCH} events to complaints K-0,
 * K-1, ... until it is killed, printing "batch n" after each commit.
 */
public final class BatchWriter {
  static final int BATCH = 200;

  private BatchWriter() {}

  /**
   * Runs until killed.
   *
   * @param args the JDBC URL, user and password
   */
  public static void main(String[] args) {
    try (JdbcEventStore store =
        JdbcEventStore.open(args[0], args[1], args[2], JdbcEventStore.Options.defaults())) {
      for (int n = 0; ; n++) {
        String id = "K-" + n;
        store.append(ComplaintId.of(id), 0, Histories.stream(id, 1, BATCH, "k"));
        System.out.println("batch " + n);
        System.out.flush();
      }
    }
  }
}
