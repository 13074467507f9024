/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Base of the tests that run the {@code cx4j} command line in-process: {@link #run(String...)}
 * keeps what the last run wrote to standard output and standard error in {@link #out} and {@link
 * #err}.
 */
public abstract class CliTest {
  /** Standard output of the last run. */
  protected String out = "";

  /** Standard error of the last run. */
  protected String err = "";

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @return the exit code
   */
  protected int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }
}
