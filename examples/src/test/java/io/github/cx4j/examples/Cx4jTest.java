/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Cx4jTest extends CliTest {

  @Test
  void helpVersionAndUsageExitCodes() {
    assertEquals(0, run("--help"));
    assertTrue(out.startsWith("Usage: cx4j"), out);
    assertTrue(out.contains("summarize"), out);
    assertTrue(out.contains("tour"), out);
    assertEquals(0, run());
    assertTrue(out.startsWith("Usage: cx4j"), out);
    assertEquals(0, run("--version"));
    assertEquals("cx4j 0.1.0-SNAPSHOT\n", out);
    assertEquals(2, run("--frobnicate"));
    assertTrue(err.contains("Unknown option: '--frobnicate'"), err);
    assertEquals(2, run("nosuchcommand"));
    assertTrue(err.contains("nosuchcommand"), err);
    assertEquals(1, run("tour", "--lang", "fr"));
    assertEquals("cx4j: --lang must be one of en, zh, zh_TW, zh_HK, en+zh, was \"fr\"\n", err);
    assertEquals(0, run("tour", "--help"));
    assertTrue(out.contains("--chapter"), out);
  }

  @Test
  void userErrorsExitWithOneAndAMessage() {
    assertEquals(1, run("tour", "--chapter", "no-such-chapter"));
    assertTrue(
        err.startsWith(
            "cx4j: --chapter no-such-chapter matches no chapter; chapters: 1, 2, 3, 4, 5, 6, 7, 8,"
                + " A"),
        err);
    assertEquals(
        1,
        run(
            "summarize",
            "--input",
            "missing.csv",
            "--customer-column",
            "1",
            "--date-column",
            "2",
            "--amount-column",
            "3"));
    assertEquals("cx4j: missing.csv: no such file\n", err);
  }
}
