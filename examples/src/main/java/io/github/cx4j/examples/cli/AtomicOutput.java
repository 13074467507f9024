/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a command's output to standard output or to a file, so that a failure never leaves a
 * partial file behind: the file is written beside its target under a temporary name and moved into
 * place only when the whole output is complete.
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
      }
      stdout.flush();
      return;
    }
    Path file = target.get().toAbsolutePath();
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(file + ": cannot write: no such directory " + dir);
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
      try (Writer raw = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          PrintWriter out = new PrintWriter(new BufferedWriter(raw))) {
        body.write(out);
        out.flush();
        if (out.checkError()) {
          throw new IOException("write failed");
        }
      }
      keepPermissions(temp, file);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new CliException(file + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and named .part
        }
      }
    }
  }

  /**
   * A temporary file is created readable by its owner only; the output gets the permissions of the
   * file it replaces, or rw-r--r-- when new, as a plainly created file would.
   */
  private static void keepPermissions(Path temp, Path file) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(file)
            ? Files.getPosixFilePermissions(file)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }
}
