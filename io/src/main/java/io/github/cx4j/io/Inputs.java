/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opening inputs: files, gzip by name, standard input, and other charsets transcoded to UTF-8. */
final class Inputs {
  private Inputs() {}

  static InputStream open(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new DelimitedInputException(
            file.toString(), 0, null, null, "is a directory, not a file", null);
      }
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new DelimitedInputException(file.toString(), 0, null, null, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new DelimitedInputException(file.toString(), 0, null, null, "not readable", e);
    } catch (IOException e) {
      throw new DelimitedInputException(
          file.toString(), 0, null, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Decompresses {@code .gz} inputs and transcodes other charsets to UTF-8. */
  static InputStream decode(InputStream in, String name, Charset charset) throws IOException {
    InputStream raw = in;
    if (name.endsWith(".gz") || name.endsWith(".GZ")) {
      raw = new GZIPInputStream(in, 1 << 16);
    }
    if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
      return raw;
    }
    return new Transcoder(new InputStreamReader(raw, charset.newDecoder()));
  }

  /** Chars from a reader as UTF-8 bytes. */
  static final class Transcoder extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(1 << 14);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;

    Transcoder(Reader reader) {
      this.reader = reader;
      bytes.flip();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (!bytes.hasRemaining()) {
        if (eof) {
          return -1;
        }
        int n = reader.read(chars);
        bytes.clear();
        chars.flip();
        if (n < 0) {
          eof = true;
          encoder.encode(chars, bytes, true);
          encoder.flush(bytes);
        } else {
          encoder.encode(chars, bytes, false);
        }
        chars.compact();
        bytes.flip();
      }
      int n = Math.min(len, bytes.remaining());
      bytes.get(b, off, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
