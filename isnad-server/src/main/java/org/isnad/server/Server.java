package org.isnad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * isnad's web server: the REST API under {@code /api} (described by {@code /api/openapi.json})
 * and the web UI, on one store. All article text is untrusted: the UI builds its pages with
 * text nodes only, and every answer carries a strict Content-Security-Policy. Writes need the
 * bearer token when one is set. Start with {@link #start}, stop with {@link #close}.
 */
public final class Server implements AutoCloseable {
  /** No inline script or style, nothing from elsewhere, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cross-Origin-Resource-Policy", "same-origin");
  private static final String WEB = "/org/isnad/server/web";

  static {
    // Warnings and errors only: a request log is not the server's business, and start-up says its address itself.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /**
   * How to serve: the store ({@code isnad.db} or {@code postgresql://...}), where to listen
   * (port 0 picks a free one), the bearer token for writes (null: writes are open, but only
   * from pages of this server), the largest request body, how many read connections, and how
   * many rendered briefs to keep (0: none).
   */
  public record Options(String db, String host, int port, String token, int maxBodyBytes, int readers, int briefCache) {
    public Options {
      Objects.requireNonNull(db, "db");
      Objects.requireNonNull(host, "host");
      if (maxBodyBytes < 1024) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + maxBodyBytes);
      }
      if (token != null && token.isBlank()) {
        token = null;
      }
    }

    public static Options of(String db) {
      return new Options(db, "127.0.0.1", 0, null, 5 * 1024 * 1024, 4, 1000);
    }

    public Options withToken(String t) {
      return new Options(db, host, port, t, maxBodyBytes, readers, briefCache);
    }

    public Options withPort(int p) {
      return new Options(db, host, p, token, maxBodyBytes, readers, briefCache);
    }
  }

  private final Options options;
  private final Stores stores;
  private final Javalin app;

  private Server(Options options) {
    this.options = options;
    this.stores = new Stores(options.db(), options.readers(), 30_000);
    BriefCache briefs = new BriefCache(options.briefCache(), 512 * 1024, 30_000, stores::generation,
        System::currentTimeMillis);
    Api api = new Api(stores, new Intake(options.maxBodyBytes()), options.maxBodyBytes(), briefs);
    String openapi = resource("openapi.json");
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = options.maxBodyBytes();
      cfg.jetty.host = options.host();
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = WEB;
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache");
      });
      // An Error (out of memory, a stack overflow, a class missing from the jar) still answers JSON.
      cfg.router.javaLangErrorHandler((res, e) -> {
        System.err.println("isnad serve: " + e);
        res.setStatus(500);
        res.setContentType("application/json; charset=utf-8");
        try {
          res.getWriter().write(Json.error(500, "internal error: " + e.getClass().getSimpleName()).toString());
        } catch (IOException io) {
          // the client is gone
        }
      });
      cfg.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
      cfg.routes.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
      cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
      cfg.routes.get("/api/entities", api::searchEntities);
      cfg.routes.get("/api/entities/{id}", api::entity);
      cfg.routes.get("/api/entities/{id}/brief", api::brief);
      cfg.routes.get("/api/entities/{id}/graph", api::graph);
      cfg.routes.get("/api/facts", api::facts);
      cfg.routes.get("/api/documents", api::documents);
      cfg.routes.get("/api/documents/{id}", api::document);
      cfg.routes.post("/api/documents", ctx -> {
        authorize(ctx);
        api.postDocument(ctx);
      });
      cfg.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
      cfg.routes.exception(Stores.Busy.class, (e, ctx) -> {
        ctx.header("Retry-After", "1");
        error(ctx, 503, "the server is busy: " + e.getMessage());
      });
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("isnad serve: " + ctx.method() + " " + ctx.path() + ": " + e);
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, 404, "nothing at " + ctx.path());
        }
      });
      cfg.routes.error(405, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
        }
      });
    });
  }

  /** Opens the store and starts listening. */
  public static Server start(Options options) {
    Server s = new Server(options);
    try {
      s.app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      s.stores.close();
      throw e;
    }
    return s;
  }

  public int port() {
    return app.port();
  }

  public String url() {
    String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + h + ":" + port();
  }

  /** Every route of the API, as method and path: what openapi.json must describe. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
        .filter(e -> e.method == HandlerType.GET || e.method == HandlerType.POST || e.method == HandlerType.PUT
            || e.method == HandlerType.DELETE || e.method == HandlerType.PATCH)
        .map(e -> e.method.name().toLowerCase(java.util.Locale.ROOT) + " " + e.path).sorted().toList();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      stores.close();
    }
  }

  /** A write needs the bearer token when one is set, and otherwise a request from this server's own pages. */
  private void authorize(Context ctx) {
    if (options.token() != null) {
      String given = ctx.header("Authorization");
      String expected = "Bearer " + options.token();
      if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
          expected.getBytes(StandardCharsets.UTF_8))) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"isnad\"");
        throw new ApiError(401, "this server takes articles only with its token: send Authorization: Bearer TOKEN");
      }
      return;
    }
    // Without a token, a page of another site must not post to a server on the reader's own machine.
    String origin = ctx.header("Origin");
    if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
      throw new ApiError(403, "writes are accepted only from this server's own pages (Origin " + origin + ")");
    }
  }

  private static boolean sameOrigin(String origin, String host) {
    try {
      URI o = URI.create(origin);
      String authority = o.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host) && "http".equals(o.getScheme());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The request body, refused with 413 past {@code max} bytes whatever Content-Length says. */
  static byte[] body(Context ctx, int max) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw new ApiError(413, "the body has " + declared + " bytes; the limit is " + max);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes(max + 1);
      if (b.length > max) {
        throw new ApiError(413, "the body is over the limit of " + max + " bytes");
      }
      return b;
    } catch (IOException e) {
      throw new ApiError(400, "cannot read the body: " + e.getMessage());
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.error(status, message).toString());
  }

  private static String resource(String name) {
    try (InputStream in = Server.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches. */
  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }
}
