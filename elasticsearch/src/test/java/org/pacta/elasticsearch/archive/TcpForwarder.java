package org.pacta.elasticsearch.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A plain TCP relay to the test node, so a test can make the node unreachable for real, then reachable. */
final class TcpForwarder implements AutoCloseable {

    private final ServerSocket server;

    TcpForwarder(int listenPort, String targetHost, int targetPort) throws IOException {
        server = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket target = new Socket(targetHost, targetPort);
                    pump(client.getInputStream(), target.getOutputStream(), target);
                    pump(target.getInputStream(), client.getOutputStream(), client);
                } catch (IOException e) {
                    return; // closed
                }
            }
        }, "tcp-forwarder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void pump(InputStream from, OutputStream to, Socket toSocket) {
        Thread pump = new Thread(() -> {
            try (toSocket) {
                from.transferTo(to);
            } catch (IOException e) {
                // the other side closed
            }
        }, "tcp-forwarder-pump");
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
