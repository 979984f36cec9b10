package org.roguewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roguewatch.alert.sink.SyslogSink;

class SyslogSinkTest {
    /** RFC 5424 §6: PRI VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD [SP MSG]. */
    static final Pattern RFC5424 = Pattern.compile("<(\\d{1,3})>1 \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"
            + "\\+00:00 \\S+ roguewatch - ALERT \\[roguewatch@32473( [a-zA-Z0-9]+=\"([^\"\\\\\\]]|\\\\.)*\")+\\] .+");
    private final Clock clock = Clock.fixed(AlertFixtures.T0, ZoneOffset.UTC);

    private AlertEvent opened() {
        return new AlertLifecycle(AlertPolicy.defaults(), Map.of())
                .assess(List.of(AlertFixtures.blaster(AlertFixtures.T0, 1)), AlertFixtures.T0).get(0);
    }

    @Test
    void udpDatagramIsOneRfc5424MessageWithStructuredData() throws IOException {
        try (DatagramSocket listener = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             SyslogSink sink = SyslogSink.open("syslog", "127.0.0.1", listener.getLocalPort(), SyslogSink.Transport.UDP, 16,
                     "roguewatch", clock)) {
            listener.setSoTimeout(5000);
            sink.deliver(opened());
            DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
            listener.receive(packet);
            String line = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            assertTrue(RFC5424.matcher(line).matches(), line);
            assertTrue(line.startsWith("<130>1 "), "local0 (16) * 8 + critical (2) for a high alert: " + line);
            assertTrue(line.contains("event=\"opened\"") && line.contains("lat=\"51.229350\""), line);
        }
    }

    @Test
    void tcpUsesOctetCountingFramingAndReconnects() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             SyslogSink sink = SyslogSink.open("syslog", "127.0.0.1", server.getLocalPort(), SyslogSink.Transport.TCP, 16,
                     "roguewatch", clock)) {
            server.setSoTimeout(5000);
            sink.connect();
            try (Socket connection = server.accept()) {
                sink.deliver(opened());
                sink.deliver(opened());
                DataInputStream in = new DataInputStream(connection.getInputStream());
                for (int i = 0; i < 2; i++) {
                    String frame = SyslogFrames.read(in);
                    assertTrue(RFC5424.matcher(frame).matches(), frame);
                }
            }
            // The collector dropped the connection: the next message reconnects.
            boolean delivered = false;
            for (int i = 0; i < 3 && !delivered; i++) {
                sink.deliver(opened());
                server.setSoTimeout(1000);
                try (Socket again = server.accept()) {
                    again.setSoTimeout(2000);
                    assertTrue(RFC5424.matcher(SyslogFrames.read(new DataInputStream(again.getInputStream()))).matches());
                    delivered = true;
                } catch (java.net.SocketTimeoutException notYet) {
                    // the first write after a peer close may still succeed locally; send again
                }
            }
            assertTrue(delivered, "a message arrived over a new connection");
        }
    }
}
