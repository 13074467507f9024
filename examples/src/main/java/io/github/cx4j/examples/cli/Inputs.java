/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import io.github.cx4j.io.DelimitedReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** The CLI's translation of its input options into a {@link DelimitedReader.Builder}. */
public final class Inputs {
  private Inputs() {}

  /**
   * A reader builder with the separator of a {@code --separator} option.
   *
   * @param separator one character, {@code tab} or {@code whitespace}
   * @return the builder
   * @throws CliException on a bad separator
   */
  public static DelimitedReader.Builder builder(String separator) {
    try {
      return DelimitedReader.builder().separator(separator).leadingComments(true);
    } catch (IllegalArgumentException e) {
      throw new CliException(
          "--separator must be one character, 'tab' or 'whitespace', was \"" + separator + "\"", e);
    }
  }

  /**
   * The charset of a {@code --charset} option.
   *
   * @param name a charset name such as UTF-8, ISO-8859-1, windows-1252, GB18030
   * @return the charset
   * @throws CliException if the JDK does not know it
   */
  public static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new CliException("--charset " + name + " is not a charset this JVM knows", e);
    }
  }
}
