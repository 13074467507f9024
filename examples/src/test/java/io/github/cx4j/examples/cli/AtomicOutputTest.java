/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesStandardOutputOrAWholeFile() throws IOException {
    StringWriter text = new StringWriter();
    AtomicOutput.write(Optional.empty(), new PrintWriter(text), out -> out.print("a,b\n"));
    assertEquals("a,b\n", text.toString());
    Path file = dir.resolve("out.csv");
    AtomicOutput.write(
        Optional.of(file), new PrintWriter(new StringWriter()), out -> out.print("x"));
    assertEquals("x", Files.readString(file));
    assertEquals(List.of("out.csv"), names());
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
      AtomicOutput.write(
          Optional.of(file), new PrintWriter(new StringWriter()), out -> out.print("y"));
      assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertEquals("y", Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFailureLeavesNoPartialFileAndKeepsTheOldOne() throws IOException {
    Path file = dir.resolve("out.csv");
    CliException boom = new CliException("boom");
    CliException thrown =
        assertThrows(
            CliException.class,
            () ->
                AtomicOutput.write(
                    Optional.of(file),
                    new PrintWriter(new StringWriter()),
                    out -> {
                      out.print("partial");
                      out.flush();
                      throw boom;
                    }));
    assertSame(boom, thrown);
    assertEquals(List.of(), names());
    Files.writeString(file, "old");
    CliException io =
        assertThrows(
            CliException.class,
            () ->
                AtomicOutput.write(
                    Optional.of(file),
                    new PrintWriter(new StringWriter()),
                    out -> {
                      out.print("partial");
                      throw new IOException("disk full");
                    }));
    assertEquals(file.toAbsolutePath() + ": cannot write: disk full", io.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals(List.of("out.csv"), names());
    Path nowhere = dir.resolve("missing").resolve("out.csv");
    CliException noDir =
        assertThrows(
            CliException.class,
            () ->
                AtomicOutput.write(
                    Optional.of(nowhere),
                    new PrintWriter(new StringWriter()),
                    out -> out.print("x")));
    assertTrue(
        noDir
            .getMessage()
            .endsWith("cannot write: no such directory " + nowhere.getParent().toAbsolutePath()),
        noDir.getMessage());
    StringWriter sink = new StringWriter();
    CliException stdout =
        assertThrows(
            CliException.class,
            () ->
                AtomicOutput.write(
                    Optional.empty(),
                    new PrintWriter(sink),
                    out -> {
                      throw new IOException("pipe closed");
                    }));
    assertEquals("cannot write standard output: pipe closed", stdout.getMessage());
    assertFalse(sink.toString().contains("x"));
  }
}
