/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Start-up: only the subcommand that runs is built, and nothing else changes. */
class LazyCommandLineTest {
  @Test
  void aNamedCommandBuildsThatCommandOnly() {
    assertEquals(Set.of("nps"), Cx4j.commandLine("nps").getSubcommands().keySet());
    assertEquals(Set.of("clv"), Cx4j.commandLine("clv").getSubcommands().keySet());
    assertTrue(Cx4j.commandLine("clv").getSubcommands().get("clv").getSubcommands().size() > 1);
  }

  @Test
  void anUnknownNameOrNoneBuildsEveryCommand() {
    Set<String> all = Cx4j.commandLine().getSubcommands().keySet();
    assertTrue(all.containsAll(List.of("nps", "clv", "summarize", "rfm", "tour")), all.toString());
    assertEquals(all, Cx4j.commandLine("npss").getSubcommands().keySet());
    assertEquals(all, Cx4j.commandLine(null).getSubcommands().keySet());
  }

  @Test
  void helpAndAMisspeltCommandStillSeeEveryCommand() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Cx4j.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err)));
    assertTrue(out.toString().contains("summarize"), out.toString());
    assertTrue(out.toString().contains("nps"), out.toString());
    StringWriter out2 = new StringWriter();
    StringWriter err2 = new StringWriter();
    assertEquals(2, Cx4j.run(new String[] {"npss"}, new PrintWriter(out2), new PrintWriter(err2)));
    assertTrue(
        err2.toString().startsWith("Unmatched argument at index 0: 'npss'"), err2.toString());
  }
}
