package org.pacta.cli;

import org.pacta.PactaServer;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Starts (or attaches to) the local node and serves the web app and API on 127.0.0.1. */
@Command(name = "serve", description = "Run the web app and API (PACTA_PORT, default 8080) on 127.0.0.1.", footer = {
        "  ./pacta serve          on http://127.0.0.1:8080, with the data dir's node",
        "  PACTA_PORT=9090 PACTA_ES_URL=http://127.0.0.1:9200 ./pacta serve"})
public class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        SpringApplication.run(PactaServer.class);
        return 0; // the web server's threads keep the JVM running until SIGTERM or Ctrl-C
    }
}
