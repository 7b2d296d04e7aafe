package org.citytwin.flow.feed;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * A real MQTT broker (Moquette) in the test JVM on a free port; can be stopped and started again on that port.
 * Public so the feed tests and the UI tests share one broker setup.
 */
public final class TestBroker implements AutoCloseable {
    public final int port;
    private final java.nio.file.Path dataPath = java.nio.file.Files.createTempDirectory("citytwin-moquette");
    private Server server;

    public TestBroker() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        start();
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public void start() throws IOException {
        Properties p = new Properties();
        p.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        p.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        p.setProperty(BrokerConstants.SESSION_QUEUE_SIZE, "65536"); // a 5,000-message burst must fit
        p.setProperty(BrokerConstants.IMMEDIATE_BUFFER_FLUSH_PROPERTY_NAME, "true");
        p.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, dataPath.toString());
        p.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(1 << 20));
        server = new Server();
        server.startServer(new MemoryConfig(p));
    }

    public void stop() {
        if (server != null) server.stopServer();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }
}
