package org.isnad.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad serve}: the web UI and REST API on a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web UI and the REST API (described at /api/openapi.json) on a store.",
        "Writes (POST /api/documents) need --token when it is set; without it they are accepted only",
        "from this server's own pages. Listens on 127.0.0.1 unless --host says otherwise."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", defaultValue = "isnad.db", description = "SQLite file or postgresql://host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  @Option(names = "--port", defaultValue = "8077", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--token", description = "bearer token that writes must send (default: the ISNAD_TOKEN environment variable)")
  String token;

  @Option(names = "--max-body-mb", defaultValue = "5", description = "the largest request body in MB (default: ${DEFAULT-VALUE})")
  int maxBodyMb;

  @Option(names = "--readers", defaultValue = "4", description = "store connections for reads (default: ${DEFAULT-VALUE})")
  int readers;

  @Option(names = "--brief-cache", defaultValue = "1000",
      description = "rendered briefs kept for 30 s or until an article is added; 0 for none (default: ${DEFAULT-VALUE})")
  int briefCache;

  @Override
  public Integer call() throws InterruptedException {
    if (maxBodyMb < 1 || maxBodyMb > 100) {
      System.err.println("isnad serve: --max-body-mb is between 1 and 100, not " + maxBodyMb);
      return 2;
    }
    String t = token != null ? token : System.getenv("ISNAD_TOKEN");
    if (t == null && !Server.isLoopback(host)) {
      System.err.println("isnad serve: warning: listening on " + host + " without --token: anyone who reaches it can add articles");
    }
    Server server = Server.start(new Server.Options(db, host, port, t, maxBodyMb * 1024 * 1024, readers, briefCache));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "isnad-serve-stop"));
    System.out.println("isnad serve: " + server.url() + "/ on " + db + (t != null ? " (writes need the token)" : "")
        + "; Ctrl-C stops");
    stopped.await();
    return 0;
  }
}
