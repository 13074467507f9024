/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a file so that a failure never leaves a partial file behind: the content goes to a hidden
 * temporary file beside the target ({@code .name...part}), which is moved into place (atomically
 * where the file system can) only when the body completed; on any failure it is removed. The new
 * file gets the permissions of the file it replaces, or {@code rw-r--r--}.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes the content. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes everything.
     *
     * @param out a buffered UTF-8 writer on the temporary file
     * @throws IOException on a write error
     */
    void write(Writer out) throws IOException;
  }

  /**
   * Writes {@code target} through {@code body}.
   *
   * @param target the file to create or replace
   * @param body writes the content
   * @throws UncheckedIOException with a message {@code target: cannot write: reason}; the body's
   *     own runtime exceptions pass through, after the temporary file is removed
   */
  public static void write(Path target, Body body) {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UncheckedIOException(
          new IOException(file + ": cannot write: no such directory " + dir));
    }
    @Nullable Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
      try (Writer out =
          new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
        body.write(out);
      }
      keepPermissions(temp, file);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException(file + ": cannot write: " + e.getMessage(), e));
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(
          new IOException(
              file
                  + ": cannot write: "
                  + java.util.Objects.requireNonNullElse(e.getCause(), e).getMessage(),
              e));
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
