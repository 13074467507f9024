/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One analysis as a self-contained HTML page: a title, a line saying what data it rests on, and its
 * sections. {@link #toHtml(boolean)} gives the page; nothing in it refers to the network or to
 * another file.
 *
 * @param title the page title
 * @param subtitle what the page is about (data, period, model), plain text
 * @param text the language of the labels
 * @param sections the sections, in order
 */
public record Report(String title, String subtitle, ReportText text, List<Section> sections) {

  /** Checks that block ids are unique. */
  public Report {
    sections = List.copyOf(sections);
    Set<String> ids = new HashSet<>();
    for (Section s : sections) {
      for (Block b : s.blocks()) {
        if (!ids.add(b.id())) {
          throw CxValidationException.of("Report.blocks", "have unique ids", b.id());
        }
      }
    }
  }

  /**
   * All blocks of all sections, in order.
   *
   * @return the blocks
   */
  public List<Block> blocks() {
    return sections.stream().flatMap(s -> s.blocks().stream()).toList();
  }

  /**
   * The page in laptop layout.
   *
   * @return the HTML text
   */
  public String toHtml() {
    return toHtml(false);
  }

  /**
   * The page.
   *
   * @param large whether it opens in the projector layout (larger type, charts the full width)
   * @return the HTML text
   */
  public String toHtml(boolean large) {
    return Html.page(this, large);
  }

  /**
   * Writes the page to a file, through a temporary file in the same directory that replaces the
   * target only once complete.
   *
   * @param file the target file
   * @param large whether it opens in the projector layout
   * @return the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public Path write(Path file, boolean large) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path name = file.getFileName();
      Path tmp =
          (dir == null ? Path.of(".") : dir)
              .resolve("." + (name == null ? "report" : name) + ".tmp");
      try {
        Files.writeString(tmp, toHtml(large), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the report: " + e.getMessage(), e);
    }
    return file;
  }
}
