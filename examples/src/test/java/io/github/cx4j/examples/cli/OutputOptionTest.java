/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The shared option mixins parse as every command that uses them expects. */
class OutputOptionTest {
  @TempDir Path dir;

  @Command(name = "t")
  static final class Probe {
    @Mixin OutputOption output = new OutputOption();
    @Mixin DelimitedOptions layout = new DelimitedOptions();
  }

  @Test
  void outputGoesToTheFileOrToStandardOutput() throws Exception {
    Probe none = new Probe();
    new CommandLine(none).parseArgs();
    assertTrue(none.output.file().isEmpty());
    assertEquals(",", none.layout.separator.value());
    assertTrue(none.layout.header());
    StringWriter stdout = new StringWriter();
    none.output.write(new PrintWriter(stdout), out -> out.print("a,b\n"));
    assertEquals("a,b\n", stdout.toString());

    Path file = dir.resolve("out.csv");
    Probe some = new Probe();
    new CommandLine(some)
        .parseArgs("-o", file.toString(), "--separator", "tab", "--no-header", "--charset", "GBK");
    assertEquals(file, some.output.file().orElseThrow());
    assertEquals("tab", some.layout.separator.value());
    assertEquals("GBK", some.layout.charset().name());
    StringWriter unused = new StringWriter();
    some.output.write(new PrintWriter(unused), out -> out.print("x\n"));
    assertEquals("", unused.toString());
    assertEquals("x\n", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownCharsetIsNamed() {
    Probe p = new Probe();
    new CommandLine(p).parseArgs("--charset", "nope-8");
    CliException e =
        org.junit.jupiter.api.Assertions.assertThrows(CliException.class, p.layout::charset);
    assertEquals("--charset nope-8 is not a charset this JVM knows", e.getMessage());
  }
}
