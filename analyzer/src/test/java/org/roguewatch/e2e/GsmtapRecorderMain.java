package org.roguewatch.e2e;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.Pcap4jLiveCapture;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.capture.UdpDatagram;

/**
 * Child process of {@link GsmtapRecorder}, run inside the namespace: {@code libpcap INTERFACE FILTER PCAP}
 * hears GSMTAP through the project's libpcap (Pcap4J) live capture, which also sees multicast no socket
 * here has joined, and writes every UDP datagram to a pcap until its stdin closes.
 * Stdout is the protocol with the parent: "listening …" once the source is open, "first-frame" on the
 * first datagram, "recorded N" at the end.
 */
public final class GsmtapRecorderMain {
    static final String LISTENING = "listening";
    static final String FIRST_FRAME = "first-frame";
    static final String RECORDED = "recorded";

    private GsmtapRecorderMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 || !args[0].equals("libpcap")) {
            System.err.println("usage: GsmtapRecorderMain libpcap INTERFACE FILTER PCAP");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicLong frames = new AtomicLong();
        try (PcapWriter pcap = PcapWriter.create(Path.of(args[3]), PcapWriter.Resolution.NANOSECONDS)) {
            // The capture delivers on a single thread of its own, so the writer sees one caller.
            Consumer<UdpDatagram> record = datagram -> {
                try {
                    pcap.writeUdp(datagram.ref().time(), datagram.payload(), datagram.sourcePort(),
                            datagram.destinationPort());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (frames.incrementAndGet() == 1) {
                    out.println(FIRST_FRAME);
                }
            };
            try (Closeable source = open(args, record)) {
                out.println(LISTENING + " " + args[0] + " " + args[1] + " " + args[2]);
                BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (stdin.readLine() != null) {
                    // Only the end of input matters: the parent closes stdin to stop the recording.
                }
            }
        }
        out.println(RECORDED + " " + frames.get());
    }

    private static Closeable open(String[] args, Consumer<UdpDatagram> record) throws IOException {
        return Pcap4jLiveCapture.start(args[1], args[2], packet -> {
            if (Decapsulator.unwrap(packet) instanceof UdpDatagram datagram) {
                record.accept(datagram);
            }
        });
    }
}
