/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (a WebSocket from java.net.http):
 * one browser process, one page, commands with ids, events collected for console errors.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY =
      Path.of(Optional.ofNullable(System.getenv("CX4J_CHROMIUM")).orElse("/usr/bin/chromium"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final String session;

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  Chromium() throws Exception {
    profile = Files.createTempDirectory("cx4j-chromium");
    process =
        new ProcessBuilder(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String url = awaitUrl();
    StringBuilder partial = new StringBuilder();
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .buildAsync(
                URI.create(url),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      dispatch(partial.toString());
                      partial.setLength(0);
                    }
                    ws.request(1);
                    return null;
                  }
                })
            .get(20, TimeUnit.SECONDS);
    JsonNode target = call(null, "Target.createTarget", Map.of("url", "about:blank"));
    String targetId = target.path("targetId").asText();
    session =
        call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
            .path("sessionId")
            .asText();
    call(session, "Page.enable", Map.of());
    call(session, "Runtime.enable", Map.of());
    call(session, "Log.enable", Map.of());
  }

  private String awaitUrl() throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String line;
    while ((line = err.readLine()) != null) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (err.readLine() != null) {
                      // keep the pipe from filling
                    }
                  } catch (IOException e) {
                    // the browser has gone
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    throw new IOException("chromium did not report its DevTools address");
  }

  private void dispatch(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
        if (f != null) {
          f.complete(message);
        }
      } else {
        events.add(message);
      }
    } catch (IOException e) {
      throw new IllegalStateException("bad DevTools message: " + text, e);
    }
  }

  JsonNode call(String sessionId, String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(JSON.writeValueAsString(message), true).get(20, TimeUnit.SECONDS);
    JsonNode reply = f.get(60, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + ": " + reply.get("error"));
    }
    return reply.path("result");
  }

  /** What one page load gave: console errors, the page's render status and the load time. */
  record Load(List<String> errors, JsonNode status, long loadMillis) {}

  /** Loads a file at a viewport width and waits for the load event. */
  Load open(Path file, int width) throws Exception {
    events.clear();
    call(
        session,
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    long start = System.nanoTime();
    call(session, "Page.navigate", Map.of("url", file.toAbsolutePath().toUri().toString()));
    List<String> errors = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      JsonNode e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (e == null) {
        throw new IllegalStateException(file + ": no load event within 60 s");
      }
      collectError(e, errors);
      if ("Page.loadEventFired".equals(e.path("method").asText())) {
        break;
      }
    }
    long loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    String status = evaluate("document.getElementById('render-status').textContent").asText();
    JsonNode e;
    while ((e = events.poll()) != null) {
      collectError(e, errors);
    }
    return new Load(errors, JSON.readTree(status.isEmpty() ? "{}" : status), loadMillis);
  }

  private static void collectError(JsonNode e, List<String> errors) {
    String method = e.path("method").asText();
    JsonNode p = e.path("params");
    if (method.equals("Runtime.exceptionThrown")) {
      errors.add("exception: " + p.path("exceptionDetails"));
    } else if (method.equals("Runtime.consoleAPICalled")
        && (p.path("type").asText().equals("error") || p.path("type").asText().equals("warning"))) {
      errors.add("console." + p.path("type").asText() + ": " + p.path("args"));
    } else if (method.equals("Log.entryAdded")
        && p.path("entry").path("level").asText().equals("error")) {
      errors.add("log: " + p.path("entry").path("text").asText());
    }
  }

  JsonNode evaluate(String expression) throws Exception {
    JsonNode r =
        call(
            session,
            "Runtime.evaluate",
            Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Saves a screenshot of the whole page. */
  void screenshot(Path file, int width) throws Exception {
    JsonNode metrics = call(session, "Page.getLayoutMetrics", Map.of());
    int height = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(900));
    call(
        session,
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width,
            "height",
            Math.min(height, 16_000),
            "deviceScaleFactor",
            1,
            "mobile",
            false));
    String data =
        call(session, "Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(data));
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    } catch (RuntimeException e) {
      // the browser may have gone already
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (var walk = Files.walk(profile)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
