/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against: the one named by {@code -Dcx4j.pg.url} (or {@code
 * CX4J_PG_URL}, with {@code cx4j.pg.user}/{@code cx4j.pg.password}); otherwise a private cluster
 * started from the local PostgreSQL binaries (Debian's {@code postgresql} package, which {@code
 * .ci/run} installs) in a temporary directory, as the {@code postgres} user when the build runs as
 * root (initdb refuses root), on a free port, stopped when the JVM exits. With neither, the
 * PostgreSQL tests are skipped with a message, or fail if {@code CX4J_PG_REQUIRED} is set (CI).
 */
final class PostgresServer {
  record Server(String url, String user, String password) {}

  private static Optional<Server> server;
  private static String why = "";

  private PostgresServer() {}

  static synchronized Server get() {
    if (server == null) {
      server = start();
    }
    if (server.isEmpty()) {
      String message =
          "PostgreSQL tests skipped: no server configured and none could be started ("
              + why
              + "). Set -Dcx4j.pg.url=jdbc:postgresql://host:port/db (with -Dcx4j.pg.user and"
              + " -Dcx4j.pg.password) or install the postgresql package.";
      if (System.getenv("CX4J_PG_REQUIRED") != null) {
        throw new IllegalStateException(message);
      }
      Assumptions.abort(message);
    }
    return server.get();
  }

  private static String setting(String property, String env) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(env);
    }
    return v == null ? "" : v.strip();
  }

  private static Optional<Server> start() {
    String url = setting("cx4j.pg.url", "CX4J_PG_URL");
    if (!url.isEmpty()) {
      return Optional.of(
          new Server(
              url,
              setting("cx4j.pg.user", "CX4J_PG_USER"),
              setting("cx4j.pg.password", "CX4J_PG_PASSWORD")));
    }
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      why = "no pg_ctl under /usr/lib/postgresql/*/bin";
      return Optional.empty();
    }
    try {
      return Optional.of(startLocal(bin.get()));
    } catch (IOException | InterruptedException | RuntimeException e) {
      why = "starting a local server failed: " + e.getMessage();
      return Optional.empty();
    }
  }

  private static Optional<Path> binaries() {
    Path root = Paths.get("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(Path::toString));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (root()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", full)
              + " failed: "
              + new String(output, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static Server startLocal(Path bin) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("cx4j-pg-");
    if (root()) {
      run(List.of("true")); // runuser works
      new ProcessBuilder("chown", "postgres", dir.toString()).start().waitFor();
    }
    Path data = dir.resolve("data");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-A",
            "trust",
            "-U",
            "cx4j",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C"));
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            dir.resolve("server.log").toString(),
            "-w",
            "-o",
            "-p "
                + port
                + " -k "
                + dir
                + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
            "start"));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-m",
                            "immediate",
                            "-w",
                            "stop"));
                    try (Stream<Path> files = Files.walk(dir)) {
                      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                  } catch (IOException | InterruptedException e) {
                    // best effort at exit
                  }
                }));
    return new Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "cx4j", "");
  }

  /** Drops the store's tables, so that each test starts from an empty schema. */
  static void reset(Server s) throws SQLException {
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
        Statement st = c.createStatement()) {
      st.execute(
          "DROP TABLE IF EXISTS cx4j_complaint_events, cx4j_append_lock, cx4j_schema_version");
    }
  }
}
