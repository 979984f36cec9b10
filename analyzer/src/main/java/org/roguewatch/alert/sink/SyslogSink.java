package org.roguewatch.alert.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.roguewatch.alert.AlertEvent;

/**
 * Sends alert events to a syslog collector: over UDP one message per datagram (RFC 5426), over TCP with
 * octet-counting framing, "LENGTH SP MESSAGE" (RFC 6587 §3.4.1), reconnecting when the connection dropped.
 */
public final class SyslogSink implements AlertSink {
    /** Transport to the collector. */
    public enum Transport { UDP, TCP }

    private static final int CONNECT_TIMEOUT_MS = 2000;

    private final String name;
    private final InetSocketAddress collector;
    private final Transport transport;
    private final int facility;
    private final String appName;
    private final String hostname;
    private final Clock clock;
    private DatagramSocket udp;
    private Socket tcp;

    private SyslogSink(String name, InetSocketAddress collector, Transport transport, int facility, String appName,
                       Clock clock) {
        this.name = name;
        this.collector = collector;
        this.transport = transport;
        this.facility = facility;
        this.appName = appName;
        this.clock = clock;
        this.hostname = localHostname();
    }

    /**
     * Resolves the collector now (an unknown host is a start-up error). For TCP it also tries to connect once;
     * if that fails the sink still starts, reports the failure and connects again on the next message.
     *
     * @throws IOException when the host name does not resolve
     */
    public static SyslogSink open(String name, String host, int port, Transport transport, int facility,
                                  String appName, Clock clock) throws IOException {
        InetSocketAddress collector = new InetSocketAddress(InetAddress.getByName(host), port);
        return new SyslogSink(name, collector, transport, facility, appName, clock);
    }

    /** For TCP: connects now, so an unreachable collector is reported at start. */
    public void connect() throws IOException {
        if (transport == Transport.TCP) {
            tcpSocket();
        }
    }

    public Transport transport() {
        return transport;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void deliver(AlertEvent event) throws IOException {
        byte[] message = SyslogMessage.format(event, facility, hostname, appName, clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        if (transport == Transport.UDP) {
            if (udp == null) {
                udp = new DatagramSocket();
            }
            udp.send(new DatagramPacket(message, message.length, collector));
            return;
        }
        byte[] frame = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        try {
            write(frame, message);
        } catch (IOException e) {
            // The collector may have closed an idle connection: reconnect once, then give up on this message.
            closeTcp();
            write(frame, message);
        }
    }

    private void write(byte[] frame, byte[] message) throws IOException {
        OutputStream out = tcpSocket().getOutputStream();
        out.write(frame);
        out.write(message);
        out.flush();
    }

    private Socket tcpSocket() throws IOException {
        if (tcp == null || tcp.isClosed()) {
            Socket socket = new Socket();
            try {
                socket.connect(collector, CONNECT_TIMEOUT_MS);
            } catch (IOException e) {
                socket.close();
                throw new IOException("cannot connect to syslog collector " + collector + ": " + e.getMessage(), e);
            }
            tcp = socket;
        }
        return tcp;
    }

    private void closeTcp() {
        if (tcp != null) {
            try {
                tcp.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing more to do
            }
            tcp = null;
        }
    }

    @Override
    public synchronized void close() {
        closeTcp();
        if (udp != null) {
            udp.close();
        }
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "-";
        }
    }
}
