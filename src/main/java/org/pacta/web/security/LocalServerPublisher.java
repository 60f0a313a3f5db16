package org.pacta.web.security;

import org.pacta.config.PactaProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.net.InetAddress;

/** Publishes this server in the data dir once it listens ({@link LocalServer}), and withdraws it when it stops. */
@Component
class LocalServerPublisher {

    private final PactaProperties properties;
    private final OwnerKey key;

    LocalServerPublisher(PactaProperties properties, OwnerKey key) {
        this.properties = properties;
        this.key = key;
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        LocalServer.publish(properties.home(), "http://" + host(event) + ":" + event.getWebServer().getPort(), key);
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        LocalServer.withdraw(properties.home(), key);
    }

    /** The configured address, or loopback when the server listens on every address. */
    private static String host(WebServerInitializedEvent event) {
        String address = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
        try {
            InetAddress inet = InetAddress.getByName(address);
            if (inet.isAnyLocalAddress()) {
                return "127.0.0.1";
            }
            return inet.getHostAddress().contains(":") ? "[" + inet.getHostAddress() + "]" : inet.getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }
}
