/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Reads delimited text (RFC 4180 CSV, any single-character separator, tab, or runs of white space)
 * straight into primitive columns, on all cores.
 *
 * <p>The input is read in chunks of whole records: a pass over each block finds the last line break
 * outside quotes (quote parity from a record boundary), so a quoted line break never splits a
 * record. Chunks are parsed in parallel from bytes into {@code double[]}, {@code int[]}, epoch days
 * and dictionary codes without a {@code String} per cell, then joined in file order; category
 * dictionaries are merged so that codes follow the order of first appearance in the file, as a
 * sequential read would give. {@link #stream} hands each chunk to a consumer instead, in order, so
 * that a file larger than memory can be accumulated.
 *
 * <p>Format: RFC 4180 (Shafranovich 2005, "Common Format and MIME Type for Comma-Separated Values
 * (CSV) Files"): quoted fields may hold separators, doubled quotes and line breaks; records end
 * with CRLF or LF, the last one optionally without; a UTF-8 byte-order mark is dropped; every
 * record must have as many fields as the header (or, without a header, as the first record). Blank
 * lines are skipped; spaces around unquoted fields are dropped; an empty field is a missing value,
 * an error unless its spec is {@linkplain ColumnSpec#optional() optional}. Inputs named {@code
 * *.gz} are decompressed; {@code -} is standard input.
 */
public final class DelimitedReader {
  /** Progress of a long read, called on the reading thread after each chunk. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports progress.
     *
     * @param bytes input bytes parsed so far (after decompression)
     * @param rows rows read so far
     */
    void update(long bytes, long rows);
  }

  /** Receives the chunks of {@link #stream}, in file order, on the calling thread. */
  @FunctionalInterface
  public interface ChunkConsumer {
    /**
     * Accepts one chunk. Category codes are those of the whole file; the chunk's category values
     * hold every value seen so far.
     *
     * @param chunk the rows of one chunk
     */
    void accept(Table chunk);
  }

  private final int separator;
  private final boolean header;
  private final Charset charset;
  private final boolean skipInvalid;
  private final int listInvalid;
  private final int threads;
  private final int chunkBytes;
  private final List<ColumnSpec> specs;
  private final @Nullable Progress progress;
  private final boolean lineNumbers;
  private final boolean comments;

  private DelimitedReader(Builder b) {
    this.lineNumbers = b.lineNumbers;
    this.comments = b.comments;
    this.separator = b.separator;
    this.header = b.header;
    this.charset = b.charset;
    this.skipInvalid = b.skipInvalid;
    this.listInvalid = b.listInvalid;
    this.threads = b.threads;
    this.chunkBytes = b.chunkBytes;
    this.specs = List.copyOf(b.specs);
    this.progress = b.progress;
  }

  /**
   * A builder: comma-separated with a header, UTF-8, all cores, no columns yet.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link DelimitedReader}. */
  public static final class Builder {
    private int separator = ',';
    private boolean header = true;
    private Charset charset = StandardCharsets.UTF_8;
    private boolean skipInvalid;
    private int listInvalid = 10;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int chunkBytes = 4 << 20;
    private final List<ColumnSpec> specs = new ArrayList<>();
    private @Nullable Progress progress;
    private boolean lineNumbers;
    private boolean comments;

    private Builder() {}

    /**
     * Skips comment lines ({@code #} as their first character that is not a space) before the
     * header, or before the first record without one, as blank lines are skipped; line numbers
     * still count them. Later lines starting with {@code #} are data.
     *
     * @param skip whether to skip them (default: false)
     * @return this builder
     */
    public Builder leadingComments(boolean skip) {
      this.comments = skip;
      return this;
    }

    /**
     * Keeps the line where each row's record starts ({@link Table#line(int)}), 8 bytes a row.
     *
     * @param keep whether to keep them (default: false)
     * @return this builder
     */
    public Builder lineNumbers(boolean keep) {
      this.lineNumbers = keep;
      return this;
    }

    /**
     * The separator: one character (not a quote, CR or LF), {@code "tab"} (or {@code "\t"}), or
     * {@code "whitespace"} for runs of spaces and tabs (leading and trailing ones ignored).
     *
     * @param separator the separator
     * @return this builder
     * @throws IllegalArgumentException for anything else
     */
    public Builder separator(String separator) {
      String lower = separator.toLowerCase(Locale.ROOT);
      if (lower.equals("whitespace") || lower.equals("space")) {
        this.separator = Layout.WHITESPACE;
        return this;
      }
      if (lower.equals("tab") || separator.equals("\\t")) {
        this.separator = '\t';
        return this;
      }
      if (separator.length() != 1
          || separator.charAt(0) > 127
          || "\"\r\n".indexOf(separator.charAt(0)) >= 0) {
        throw new IllegalArgumentException(
            "separator must be one ASCII character other than a quote or a line break, 'tab' or"
                + " 'whitespace', was \""
                + separator
                + "\"");
      }
      this.separator = separator.charAt(0);
      return this;
    }

    /**
     * Whether the first record names the columns (default: true).
     *
     * @param header true if there is a header
     * @return this builder
     */
    public Builder header(boolean header) {
      this.header = header;
      return this;
    }

    /**
     * The input's charset (default UTF-8); others are transcoded to UTF-8 while reading.
     *
     * @param charset the charset
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Skips invalid records instead of failing on the first, counting them and keeping the errors
     * of the first {@code list}.
     *
     * @param list how many errors to keep, at least 0
     * @return this builder
     */
    public Builder skipInvalid(int list) {
      if (list < 0) {
        throw new IllegalArgumentException("skipInvalid list must be at least 0, was " + list);
      }
      this.skipInvalid = true;
      this.listInvalid = list;
      return this;
    }

    /**
     * Parser threads (default: the available processors); 1 parses on the calling thread.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The size of the blocks read and parsed as one chunk (default 4 MiB); a record longer than a
     * block makes its block grow.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder chunkBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("chunkBytes must be at least 1, was " + bytes);
      }
      this.chunkBytes = bytes;
      return this;
    }

    /**
     * Adds a column to read; the table's columns follow the order of the calls.
     *
     * @param spec the column
     * @return this builder
     */
    public Builder column(ColumnSpec spec) {
      specs.add(Objects.requireNonNull(spec, "spec"));
      return this;
    }

    /**
     * Adds columns to read.
     *
     * @param columns the columns
     * @return this builder
     */
    public Builder columns(ColumnSpec... columns) {
      for (ColumnSpec c : columns) {
        column(c);
      }
      return this;
    }

    /**
     * A progress listener, called after each chunk.
     *
     * @param progress the listener
     * @return this builder
     */
    public Builder progress(Progress progress) {
      this.progress = progress;
      return this;
    }

    /**
     * The reader.
     *
     * @return the reader
     */
    public DelimitedReader build() {
      return new DelimitedReader(this);
    }
  }

  /**
   * Reads a file, or standard input for {@code "-"}.
   *
   * @param file a path or {@code "-"}
   * @return the columns
   * @throws DelimitedInputException on a missing file, an unknown column, a bad record (naming
   *     file, line, column and value) or too little memory (naming the heap needed and {@code
   *     -Xmx})
   */
  public Table read(String file) {
    if (file.equals("-")) {
      return read(System.in, "-");
    }
    return read(Path.of(file));
  }

  /**
   * Reads a file.
   *
   * @param file the file; {@code .gz} is decompressed
   * @return the columns
   * @throws DelimitedInputException see {@link #read(String)}
   */
  public Table read(Path file) {
    long size = -1;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      // the open below reports it
    }
    try (InputStream in = Inputs.open(file)) {
      return read(in, file.toString(), size);
    } catch (IOException e) {
      throw new DelimitedInputException(
          file.toString(), 0, null, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream (not closed); {@code name} is used in errors and decides on gzip ({@code .gz}).
   *
   * @param in the input
   * @param name the name in errors
   * @return the columns
   * @throws DelimitedInputException see {@link #read(String)}
   */
  public Table read(InputStream in, String name) {
    return read(in, name, -1);
  }

  private Table read(InputStream in, String name, long size) {
    TableSink sink = new TableSink(size);
    try {
      run(in, name, sink);
      return sink.table();
    } catch (OutOfMemoryError e) {
      long rows = sink.rows;
      long bytes = sink.bytes;
      sink = null;
      throw outOfMemory(name, rows, bytes, size);
    }
  }

  /**
   * Streams a file, or standard input for {@code "-"}, chunk by chunk, so that memory holds only a
   * few chunks at a time.
   *
   * @param file a path or {@code "-"}
   * @param consumer receives each chunk in file order
   * @return the records skipped in skip-invalid mode
   * @throws DelimitedInputException see {@link #read(String)}; exceptions of the consumer pass
   *     through
   */
  public InvalidLines stream(String file, ChunkConsumer consumer) {
    if (file.equals("-")) {
      return stream(System.in, "-", consumer);
    }
    Path path = Path.of(file);
    try (InputStream in = Inputs.open(path)) {
      return stream(in, file, consumer);
    } catch (IOException e) {
      throw new DelimitedInputException(file, 0, null, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Streams an input stream (not closed) chunk by chunk.
   *
   * @param in the input
   * @param name the name in errors; {@code .gz} is decompressed
   * @param consumer receives each chunk in file order
   * @return the records skipped in skip-invalid mode
   */
  public InvalidLines stream(InputStream in, String name, ChunkConsumer consumer) {
    StreamSink sink = new StreamSink(consumer);
    run(in, name, sink);
    return new InvalidLines(sink.invalidCount, sink.invalid);
  }

  /**
   * The header names of a file, without reading the rest.
   *
   * @param file the file
   * @return the header names
   * @throws DelimitedInputException if it cannot be read or is empty
   */
  public List<String> header(Path file) {
    try (InputStream raw = Inputs.open(file)) {
      return header(raw, file.toString());
    } catch (IOException e) {
      throw new DelimitedInputException(
          file.toString(), 0, null, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The first record of a stream (the header, or without one the first data record), read as far as
   * needed; the stream is not closed.
   *
   * @param raw the input
   * @param name the name in errors; {@code .gz} is decompressed
   * @return the fields of the first record that is not blank
   * @throws DelimitedInputException if it cannot be read or holds no record
   */
  public List<String> header(InputStream raw, String name) {
    try {
      InputStream in = Inputs.decode(new NonClosing(raw), name, charset);
      byte[] block = new byte[Math.min(chunkBytes, 1 << 16)];
      int len = fill(in, block, 0);
      while (true) {
        int start = skipBlankLines(block, bomLength(block, len), len);
        int end = firstRecordEnd(block, start, len);
        if (end >= 0 || len < block.length) {
          if (len == start) {
            throw new DelimitedInputException(
                name, 0, null, null, "the file is empty, expected a header line", null);
          }
          return split(block, start, end < 0 ? len : end);
        }
        block = Arrays.copyOf(block, block.length * 2);
        len = fill(in, block, len);
      }
    } catch (IOException e) {
      throw new DelimitedInputException(name, 0, null, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private DelimitedInputException outOfMemory(String name, long rows, long bytes, long size) {
    long max = Runtime.getRuntime().maxMemory();
    int perRow = 0;
    for (ColumnSpec s : specs) {
      perRow += s.type == ColumnType.DOUBLE || s.type == ColumnType.LONG ? 8 : 4;
      if (s.type == ColumnType.TEXT) {
        perRow += 48;
      }
    }
    String need;
    if (size > 0 && bytes > 0 && rows > 0) {
      double rowsTotal = (double) rows * size / bytes;
      // the joined columns, the chunks in flight and the dictionaries, with head room
      long needed = (long) (rowsTotal * perRow * 2.2) + 64L * threads * chunkBytes;
      need =
          "about "
              + (needed >> 20)
              + " MB for "
              + String.format(Locale.ROOT, "%,.0f", rowsTotal)
              + " rows";
    } else {
      need = "more than " + (max >> 20) + " MB (" + rows + " rows read so far)";
    }
    return new DelimitedInputException(
        name,
        0,
        null,
        null,
        "not enough memory to hold the columns: the input needs "
            + need
            + ", the heap allows "
            + (max >> 20)
            + " MB; raise it with the JVM option -Xmx (for example java -Xmx"
            + Math.max(2, (max >> 30) * 2 + 1)
            + "g ...) or read the input in chunks (DelimitedReader.stream)",
        null);
  }

  /** Where parsed chunks go, in file order. */
  private abstract static class Sink {
    long rows;
    long bytes;

    abstract void start(Layout layout, List<String> header);

    abstract void accept(Chunk chunk, long lineOffset);
  }

  private void run(InputStream raw, String name, Sink sink) {
    ExecutorService pool = null;
    ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    try (InputStream in = Inputs.decode(new NonClosing(raw), name, charset)) {
      int blockSize = chunkBytes;
      byte[] block = new byte[blockSize];
      int len = fill(in, block, 0);
      boolean eof = len < block.length;
      int start = bomLength(block, len);
      long lineOffset = 0;
      // the first record: the header, or (without one) the record that fixes the field count
      int firstEnd;
      while (true) {
        int s = skipBlankLines(block, start, len);
        lineOffset += countLines(block, start, s);
        start = s;
        firstEnd = firstRecordEnd(block, start, len);
        if (firstEnd >= 0 || eof) {
          break;
        }
        block = Arrays.copyOf(block, block.length * 2);
        len = fill(in, block, len);
        eof = len < block.length;
      }
      if (start >= len) {
        if (header) {
          throw new DelimitedInputException(
              name, 0, null, null, "the file is empty, expected a header line", null);
        }
        // no records at all: an empty table whatever the columns
        int[] fields = new int[specs.size()];
        String[] labels = new String[specs.size()];
        for (int s = 0; s < fields.length; s++) {
          fields[s] = s;
          labels[s] = specs.get(s).ref;
        }
        sink.start(
            new Layout(
                name,
                separator,
                fields.length,
                fields,
                specs,
                labels,
                skipInvalid,
                listInvalid,
                lineNumbers),
            List.of());
        return;
      }
      int recordEnd = firstEnd < 0 ? len : firstEnd;
      List<String> names = split(block, start, recordEnd);
      List<String> headerNames = header ? names : List.of();
      Layout layout = layout(name, headerNames, names.size());
      sink.start(layout, headerNames);
      if (header) {
        lineOffset += countLines(block, start, recordEnd);
        start = recordEnd;
      }
      if (threads > 1) {
        pool =
            Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "cx4j-io-parser");
                  t.setDaemon(true);
                  return t;
                });
      }
      long[] offset = {lineOffset};
      while (true) {
        int end;
        if (eof) {
          end = len;
        } else {
          end = lastRecordEnd(block, start, len);
          if (end <= start) {
            // no whole record in the block: read more
            if (len == block.length) {
              block = Arrays.copyOf(block, block.length * 2);
            }
            len = fill(in, block, len);
            eof = len < block.length;
            continue;
          }
        }
        if (end > start) {
          submit(pool, inFlight, layout, block, start, end, sink, offset);
        }
        if (eof) {
          break;
        }
        byte[] next = new byte[Math.max(blockSize, len - end + blockSize / 2)];
        int carry = len - end;
        System.arraycopy(block, end, next, 0, carry);
        block = next;
        start = 0;
        len = fill(in, block, carry);
        eof = len < block.length;
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight, sink, offset);
      }
    } catch (IOException e) {
      throw new DelimitedInputException(name, 0, null, null, "cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new DelimitedInputException(
          name,
          0,
          null,
          null,
          "cannot read: " + java.util.Objects.requireNonNullElse(e.getCause(), e).getMessage(),
          e);
    } finally {
      for (Future<Chunk> f : inFlight) {
        f.cancel(true);
      }
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private void submit(
      @Nullable ExecutorService pool,
      ArrayDeque<Future<Chunk>> inFlight,
      Layout layout,
      byte[] block,
      int start,
      int end,
      Sink sink,
      long[] offset) {
    int expected = (int) Math.min(Integer.MAX_VALUE - 16, (end - start) / 16 + 16);
    if (pool == null) {
      Chunk chunk;
      try {
        chunk = new ChunkParser(layout, block, end, expected).parse(start);
      } catch (DelimitedInputException e) {
        throw e.shifted(offset[0]);
      }
      accept(sink, chunk, offset);
      return;
    }
    inFlight.add(pool.submit(() -> new ChunkParser(layout, block, end, expected).parse(start)));
    if (inFlight.size() > threads) {
      drain(inFlight, sink, offset);
    }
  }

  private void drain(ArrayDeque<Future<Chunk>> inFlight, Sink sink, long[] offset) {
    Future<Chunk> head = inFlight.removeFirst();
    Chunk chunk;
    try {
      chunk = head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DelimitedInputException) {
        throw ((DelimitedInputException) cause).shifted(offset[0]);
      }
      if (cause instanceof OutOfMemoryError) {
        throw (OutOfMemoryError) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
    accept(sink, chunk, offset);
  }

  private void accept(Sink sink, Chunk chunk, long[] offset) {
    sink.accept(chunk, offset[0]);
    offset[0] += chunk.lines;
    sink.rows += chunk.rows;
    sink.bytes += chunk.bytes;
    Progress p = progress;
    if (p != null) {
      p.update(sink.bytes, sink.rows);
    }
  }

  private Layout layout(String name, List<String> names, int fieldCount) {
    int[] fieldOfSpec = new int[specs.size()];
    String[] labels = new String[specs.size()];
    for (int s = 0; s < specs.size(); s++) {
      ColumnSpec spec = specs.get(s);
      int field = resolve(name, names, fieldCount, spec);
      fieldOfSpec[s] = field;
      labels[s] =
          field < names.size()
              ? names.get(field) + " (" + (field + 1) + ")"
              : String.valueOf(field + 1);
    }
    return new Layout(
        name,
        separator,
        fieldCount,
        fieldOfSpec,
        specs,
        labels,
        skipInvalid,
        listInvalid,
        lineNumbers);
  }

  private static int resolve(String name, List<String> names, int fieldCount, ColumnSpec spec) {
    String ref = spec.ref;
    int exact = spec.indexOnly ? -1 : names.indexOf(ref);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < names.size() && !spec.indexOnly; i++) {
      if (names.get(i).equalsIgnoreCase(ref)) {
        return i;
      }
    }
    if (ref.chars().allMatch(c -> c >= '0' && c <= '9') && ref.length() < 9) {
      int index = Integer.parseInt(ref);
      if (index >= 1 && index <= fieldCount) {
        return index - 1;
      }
    }
    String origin = spec.origin;
    throw new DelimitedInputException(
        name,
        0,
        null,
        null,
        (origin == null ? "column" : origin)
            + " "
            + ref
            + " is neither a column name"
            + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
            + " nor a valid 1-based index"
            + (fieldCount > 0 && names.isEmpty()
                ? " (the file has " + fieldCount + " fields)"
                : ""),
        null);
  }

  static int fill(InputStream in, byte[] block, int from) throws IOException {
    int len = from;
    while (len < block.length) {
      int n = in.read(block, len, block.length - len);
      if (n < 0) {
        break;
      }
      len += n;
    }
    return len;
  }

  private static int bomLength(byte[] b, int len) {
    return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  /**
   * The start of the first line that is neither blank nor (with {@link Builder#leadingComments}) a
   * comment; a comment line not ended within the block is returned, so that it is read whole.
   */
  private int skipBlankLines(byte[] b, int from, int len) {
    int p = from;
    int lineStart = from;
    while (p < len) {
      byte c = b[p];
      if (c == '\n') {
        lineStart = p + 1;
      } else if (comments && c == '#') {
        int q = p;
        while (q < len && b[q] != '\n') {
          q++;
        }
        if (q == len) {
          return lineStart;
        }
        p = q;
        continue;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return lineStart;
      }
      p++;
    }
    return p;
  }

  private static long countLines(byte[] b, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The position after the first line break outside quotes, or -1. */
  static int firstRecordEnd(byte[] b, int from, int len) {
    boolean inQuotes = false;
    for (int i = from; i < len; i++) {
      byte c = b[i];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (c == '\n' && !inQuotes) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * The position after the last line break outside quotes in {@code [from, len)}, which starts at a
   * record boundary, or {@code from} if there is none. Quotes toggle the parity as the parser's
   * quoted fields do (a doubled quote toggles twice).
   */
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static final long QUOTES = 0x2222_2222_2222_2222L;
  private static final long LINE_FEEDS = 0x0A0A_0A0A_0A0A_0A0AL;
  private static final long SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;

  /**
   * The high bit of every byte of {@code word} that equals the byte repeated in {@code pattern},
   * and of no other byte (the carry-free form: the shorter subtract form also marks a byte above a
   * match, which would misplace the last line feed).
   */
  static long hasByte(long word, long pattern) {
    long x = word ^ pattern;
    long y = (x & SEVEN_BITS) + SEVEN_BITS;
    return ~(y | x | SEVEN_BITS);
  }

  static int lastRecordEnd(byte[] b, int from, int len) {
    int last = from;
    boolean inQuotes = false;
    int i = from;
    // eight bytes at a time while no quote is seen: the last line feed of a word is found with
    // bit arithmetic (most files have no quotes at all, and this scan runs on the reading thread)
    while (i + 8 <= len) {
      long word = (long) LONGS.get(b, i);
      if (hasByte(word, QUOTES) != 0) {
        break;
      }
      long feeds = hasByte(word, LINE_FEEDS);
      if (feeds != 0) {
        last = i + (63 - Long.numberOfLeadingZeros(feeds)) / 8 + 1;
      }
      i += 8;
    }
    for (; i < len; i++) {
      byte c = b[i];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (c == '\n' && !inQuotes) {
        last = i + 1;
      }
    }
    return last;
  }

  /** The fields of one record as strings (header and field count only: not the hot path). */
  private List<String> split(byte[] b, int from, int to) {
    String line = new String(b, from, to - from, StandardCharsets.UTF_8);
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean ws = separator == Layout.WHITESPACE;
    int i = 0;
    int n = line.length();
    while (n > 0 && (line.charAt(n - 1) == '\n' || line.charAt(n - 1) == '\r')) {
      n--;
    }
    while (true) {
      while (i < n
          && (line.charAt(i) == ' ' || line.charAt(i) == '\t')
          && line.charAt(i) != separator) {
        i++;
      }
      if (ws && i >= n) {
        break;
      }
      cell.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (i < n) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              cell.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          cell.append(c);
          i++;
        }
        while (i < n
            && line.charAt(i) != separator
            && !(ws && Character.isWhitespace(line.charAt(i)))) {
          i++;
        }
        cells.add(cell.toString());
      } else {
        int start = i;
        while (i < n
            && line.charAt(i) != separator
            && !(ws && (line.charAt(i) == ' ' || line.charAt(i) == '\t'))) {
          i++;
        }
        cells.add(line.substring(start, i).strip());
      }
      if (i >= n) {
        break;
      }
      i++;
      if (ws) {
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
          i++;
        }
        if (i >= n) {
          break;
        }
      }
    }
    return cells;
  }

  private static SharedDictionary.@Nullable Order[] orders(Layout layout) {
    SharedDictionary.Order[] orders = new SharedDictionary.Order[layout.specs.length];
    for (int s = 0; s < orders.length; s++) {
      SharedDictionary d = layout.dictionaries[s];
      if (d != null) {
        orders[s] = new SharedDictionary.Order(d);
      }
    }
    return orders;
  }

  /** Joins chunks into whole columns. */
  private final class TableSink extends Sink {
    private final long size;
    private @Nullable Layout layout;
    private List<String> header = List.of();
    private Object[] columns = new Object[0];
    private BitSet[] missing = new BitSet[0];
    private SharedDictionary.@Nullable Order[] orders = new SharedDictionary.Order[0];
    private int length;
    private long @Nullable [] lines;
    private long invalidCount;
    private final List<DelimitedInputException> invalid = new ArrayList<>();

    TableSink(long size) {
      this.size = size;
    }

    @Override
    void start(Layout layout, List<String> header) {
      this.layout = layout;
      this.header = header;
      int n = layout.specs.length;
      columns = new Object[n];
      missing = new BitSet[n];
      orders = orders(layout);
      for (int s = 0; s < n; s++) {
        columns[s] = Chunk.allocate(layout.specs[s].type, 0);
        missing[s] = new BitSet();
      }
    }

    @Override
    void accept(Chunk chunk, long lineOffset) {
      int base = (int) rows;
      long total = rows + chunk.rows;
      if (total > Integer.MAX_VALUE - 16) {
        throw new DelimitedInputException(
            Objects.requireNonNull(layout).file,
            0,
            null,
            null,
            "more than " + (Integer.MAX_VALUE - 16) + " rows: read the input in chunks (stream)",
            null);
      }
      if (total > length) {
        long estimate = total + total / 4;
        if (size > 0 && bytes + chunk.bytes > 0) {
          // rows per byte so far, times the input size, plus a little
          estimate =
              Math.max(total, (long) ((double) total / (bytes + chunk.bytes) * size * 1.02) + 1024);
        }
        length = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(estimate, total));
        for (int s = 0; s < columns.length; s++) {
          columns[s] = Chunk.resize(columns[s], length);
        }
        if (lineNumbers) {
          long[] l = lines;
          lines = l == null ? new long[length] : Arrays.copyOf(l, length);
        }
      }
      long[] rl = chunk.rowLines;
      long[] l = lines;
      if (rl != null && l != null) {
        for (int r = 0; r < chunk.rows; r++) {
          l[base + r] = rl[r] + lineOffset;
        }
      }
      for (int s = 0; s < columns.length; s++) {
        Object from = chunk.columns[s];
        SharedDictionary.Order order = orders[s];
        if (order != null) {
          order.apply((int[]) from, chunk.rows);
        }
        System.arraycopy(from, 0, columns[s], base, chunk.rows);
        BitSet m = chunk.missing[s];
        if (m != null) {
          for (int r = m.nextSetBit(0); r >= 0; r = m.nextSetBit(r + 1)) {
            missing[s].set(base + r);
          }
        }
      }
      invalidCount += chunk.skipped;
      for (DelimitedInputException e : chunk.invalid) {
        if (invalid.size() < listInvalid) {
          invalid.add(e.shifted(lineOffset));
        }
      }
    }

    Table table() {
      Layout l = Objects.requireNonNull(layout);
      int n = l.specs.length;
      int r = (int) rows;
      Object[] out = new Object[n];
      String[] names = new String[n];
      // the dictionaries first: their compact form frees the hash tables of the reading (most of
      // the memory of a file with millions of distinct values) before the columns are trimmed
      Dictionary[] dictionaries = new Dictionary[n];
      for (int s = 0; s < n; s++) {
        SharedDictionary.Order order = orders[s];
        if (order != null) {
          dictionaries[s] = Dictionary.complete(order);
          orders[s] = null;
          l.dictionaries[s] = null;
        }
      }
      for (int s = 0; s < n; s++) {
        Object column = columns[s];
        if (Chunk.length(column) != r) {
          column = Chunk.resize(column, r);
          columns[s] = column;
        }
        Dictionary dictionary = dictionaries[s];
        out[s] = dictionary == null ? column : new CategoryColumn((int[]) column, dictionary);
        int field = l.fieldOfSpec[s];
        names[s] = field < header.size() ? header.get(field) : l.specs[s].ref;
      }
      long[] kept = lines;
      if (lineNumbers) {
        kept = kept == null ? new long[0] : kept.length == r ? kept : Arrays.copyOf(kept, r);
      }
      return new Table(
          header, l.specs, names, out, missing, r, new InvalidLines(invalidCount, invalid), kept);
    }
  }

  /** Hands chunks to a consumer with file-wide category codes. */
  private final class StreamSink extends Sink {
    private final ChunkConsumer consumer;
    private @Nullable Layout layout;
    private List<String> header = List.of();
    private SharedDictionary.@Nullable Order[] orders = new SharedDictionary.Order[0];
    long invalidCount;
    final List<DelimitedInputException> invalid = new ArrayList<>();

    StreamSink(ChunkConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    void start(Layout layout, List<String> header) {
      this.layout = layout;
      this.header = header;
      orders = orders(layout);
    }

    @Override
    void accept(Chunk chunk, long lineOffset) {
      Layout l = Objects.requireNonNull(layout);
      int n = l.specs.length;
      Object[] out = new Object[n];
      String[] names = new String[n];
      BitSet[] missing = new BitSet[n];
      for (int s = 0; s < n; s++) {
        SharedDictionary.Order order = orders[s];
        if (order != null) {
          int[] codes = (int[]) chunk.columns[s];
          order.apply(codes, chunk.rows);
          out[s] = new CategoryColumn(codes, new Dictionary(order));
        } else {
          out[s] = chunk.columns[s];
        }
        BitSet m = chunk.missing[s];
        missing[s] = m == null ? new BitSet() : m;
        int field = l.fieldOfSpec[s];
        names[s] = field < header.size() ? header.get(field) : l.specs[s].ref;
      }
      invalidCount += chunk.skipped;
      for (DelimitedInputException e : chunk.invalid) {
        if (invalid.size() < listInvalid) {
          invalid.add(e.shifted(lineOffset));
        }
      }
      consumer.accept(
          new Table(
              header,
              l.specs,
              names,
              out,
              missing,
              chunk.rows,
              new InvalidLines(chunk.skipped, List.of()),
              shiftedLines(chunk.rowLines, lineOffset)));
    }
  }

  private static long @Nullable [] shiftedLines(long @Nullable [] lines, long offset) {
    if (lines == null) {
      return null;
    }
    for (int r = 0; r < lines.length; r++) {
      lines[r] += offset;
    }
    return lines;
  }

  /** Keeps {@link #run} from closing the caller's stream (standard input above all). */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes its own stream
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }
  }
}
