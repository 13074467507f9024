/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help renders without a picocli warning: picocli formats descriptions with {@code
 * String.format}, and a bare {@code %} makes it warn on standard error instead.
 */
class HelpTextTest {

  static void collect(CommandLine line, List<CommandLine> into) {
    into.add(line);
    for (CommandLine sub : line.getSubcommands().values()) {
      if (!into.contains(sub)) {
        collect(sub, into);
      }
    }
  }

  @Test
  void everyHelpRendersWithoutWarnings() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<CommandLine> all = new ArrayList<>();
    StringBuilder help = new StringBuilder();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      collect(Cx4j.commandLine(), all);
      for (CommandLine line : all) {
        help.append(line.getUsageMessage());
      }
    } finally {
      System.setErr(original);
    }
    assertTrue(all.size() > 15, "commands found: " + all.size());
    assertTrue(help.indexOf("80%/95%") >= 0, "the tiers help shows its percentages");
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }
}
