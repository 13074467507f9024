/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Preformatted text (for example a chapter of the tour, with its aligned tables) and links to other
 * pages in the same folder.
 *
 * @param id the block id
 * @param title the title, possibly empty
 * @param text the text, shown as is in a fixed-width font
 * @param links links to sibling files
 */
public record Note(String id, String title, String text, List<Link> links) implements Block {
  /** Copies the links. */
  public Note {
    Checks.id("Note", id);
    links = List.copyOf(links);
  }

  @Override
  public int marks() {
    return 1 + links.size();
  }

  /**
   * A link to a file in the same folder: no scheme, no absolute path, no parent folder.
   *
   * @param label the text
   * @param href the relative file name, for example {@code chapter-03.html}
   */
  public record Link(String label, String href) {
    private static final Pattern RELATIVE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    /** Checks that the link stays local. */
    public Link {
      if (!RELATIVE.matcher(href).matches() || href.contains("..") || href.contains("//")) {
        throw CxValidationException.of("Note.Link.href", "be a relative file name", href);
      }
    }
  }
}
