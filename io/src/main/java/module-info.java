/**
 * cx4j-io: an RFC 4180 delimited-text reader that parses straight into primitive columns, and CSV
 * and JSON Lines writers with atomic files. It needs the JDK only.
 *
 * <p>One package, {@code io.github.cx4j.io}, all of it API; its helpers are package-private.
 */
module io.github.cx4j.io {
  requires transitive org.jspecify;

  exports io.github.cx4j.io;
}
