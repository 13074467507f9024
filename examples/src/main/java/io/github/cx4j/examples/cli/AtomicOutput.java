/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import io.github.cx4j.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a command's output to standard output or to a file through {@link AtomicFile} of cx4j-io,
 * so that a failure never leaves a partial file behind.
 */
public final class AtomicOutput {
  private AtomicOutput() {}

  /** Writes the output. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes everything.
     *
     * @param out where to write
     * @throws IOException on a write error
     */
    void write(PrintWriter out) throws IOException;
  }

  /**
   * Runs the body against the target.
   *
   * @param target the output file, or empty for standard output
   * @param stdout standard output
   * @param body writes the output
   * @throws CliException if the file cannot be written; the body's own exceptions pass through
   *     after the temporary file is removed
   */
  public static void write(Optional<Path> target, PrintWriter stdout, Body body) {
    if (target.isEmpty()) {
      try {
        body.write(stdout);
      } catch (IOException e) {
        throw new CliException("cannot write standard output: " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new CliException(
            "cannot write standard output: "
                + String.valueOf(
                    java.util.Objects.requireNonNullElse(e.getCause(), e).getMessage()),
            e);
      }
      stdout.flush();
      return;
    }
    try {
      AtomicFile.write(
          target.get(),
          writer -> {
            PrintWriter out = new PrintWriter(writer);
            body.write(out);
            out.flush();
            if (out.checkError()) {
              throw new IOException("write failed");
            }
          });
    } catch (UncheckedIOException e) {
      throw new CliException(
          String.valueOf(java.util.Objects.requireNonNullElse(e.getCause(), e).getMessage()), e);
    }
  }
}
