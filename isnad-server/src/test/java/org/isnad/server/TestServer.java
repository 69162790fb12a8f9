package org.isnad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** A server on port 0 over a temporary SQLite store, filled by posting the articles of examples/. */
final class TestServer implements AutoCloseable {
  final Server server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestServer(Server server) {
    this.server = server;
  }

  static {
    // Jetty logs through SLF4J; without a back end SLF4J would warn on every run.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
  }

  static Path examples() {
    return Path.of(System.getProperty("isnad.root", "..")).resolve("examples");
  }

  static TestServer start(Path dir, Server.Options options) {
    return new TestServer(Server.start(options));
  }

  /** A fresh store with every example article, posted through the API as a user would. */
  static TestServer withExamples(Path dir, String token) {
    TestServer t = start(dir, Server.Options.of(dir.resolve("isnad.db").toString()).withToken(token));
    try (Stream<Path> files = Files.list(examples())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        HttpResponse<String> r = t.post("/api/documents?id=" + id, Files.readString(f), "text/plain; charset=utf-8",
            token == null ? List.of() : List.of("Authorization", "Bearer " + token));
        if (r.statusCode() != 201) {
          throw new IllegalStateException("posting " + f + " gave " + r.statusCode() + ": " + r.body());
        }
      }
    } catch (IOException e) {
      t.close();
      throw new UncheckedIOException(e);
    }
    return t;
  }

  String url(String path) {
    return server.url() + path;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  HttpResponse<String> post(String path, String body, String contentType, List<String> headers) {
    return post(path, body.getBytes(StandardCharsets.UTF_8), contentType, headers);
  }

  HttpResponse<String> post(String path, byte[] body, String contentType, List<String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", contentType);
    for (int i = 0; i < headers.size(); i += 2) {
      b.header(headers.get(i), headers.get(i + 1));
    }
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest r) {
    try {
      return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
