package org.roguewatch.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.roguewatch.capture.GsmtapUdpListener;
import org.roguewatch.capture.PcapWriter;

/**
 * Child process of {@link UdpGsmtapCollector}, run inside the namespace: listens for GSMTAP with the
 * project's Netty UDP listener and writes every datagram to a pcap until its stdin closes.
 * Arguments: HOST PORT PCAP. Stdout is the protocol with the parent: "listening HOST:PORT" once bound,
 * "first-frame" on the first datagram, "recorded N" at the end.
 */
public final class GsmtapRecorderMain {
    static final String LISTENING = "listening";
    static final String FIRST_FRAME = "first-frame";
    static final String RECORDED = "recorded";

    private GsmtapRecorderMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GsmtapRecorderMain HOST PORT PCAP");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicLong frames = new AtomicLong();
        InetSocketAddress address = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        try (PcapWriter pcap = PcapWriter.create(Path.of(args[2]), PcapWriter.Resolution.NANOSECONDS)) {
            // The listener delivers on its single event-loop thread, so the writer sees one caller.
            try (GsmtapUdpListener listener = GsmtapUdpListener.bind(address, datagram -> {
                try {
                    pcap.writeUdp(datagram.ref().time(), datagram.payload(), datagram.sourcePort(),
                            datagram.destinationPort());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (frames.incrementAndGet() == 1) {
                    out.println(FIRST_FRAME);
                }
            })) {
                out.println(LISTENING + " " + args[0] + ":" + listener.boundPort());
                BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (stdin.readLine() != null) {
                    // Only the end of input matters: the parent closes stdin to stop the recording.
                }
            }
        }
        out.println(RECORDED + " " + frames.get());
    }
}
