package org.roguewatch.capture;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures packets live from a network interface through libpcap (via Pcap4J), not in
 * promiscuous mode, with a BPF filter, and hands each to a consumer on its own thread until
 * {@link #close()}. Frames are numbered from 1 and their source is {@code live://<interface>}.
 */
public final class Pcap4jLiveCapture implements Closeable {
    /** GSMTAP's registered UDP port (IANA, 4729). */
    public static final String DEFAULT_FILTER = "udp port 4729";
    static final int SNAPLEN = 65_535;
    /** How long a read waits before the thread checks whether it was closed. */
    private static final int READ_TIMEOUT_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(Pcap4jLiveCapture.class);

    private final PcapHandle handle;
    private final String source;
    private final int linkType;
    private final Consumer<CapturedPacket> consumer;
    private final Thread reader;
    private volatile boolean running = true;
    private volatile long captured;

    private Pcap4jLiveCapture(PcapHandle handle, String interfaceName, Consumer<CapturedPacket> consumer) {
        this.handle = handle;
        this.source = "live://" + interfaceName;
        this.linkType = LinkTypes.fromDlt(handle.getDlt().value());
        this.consumer = consumer;
        this.reader = new Thread(this::readUntilClosed, "pcap-live-" + interfaceName);
        this.reader.setDaemon(true);
    }

    /** Starts capturing GSMTAP ({@value #DEFAULT_FILTER}) on {@code interfaceName}. */
    public static Pcap4jLiveCapture start(String interfaceName, Consumer<CapturedPacket> consumer) throws IOException {
        return start(interfaceName, DEFAULT_FILTER, consumer);
    }

    /**
     * @throws IOException with a one-line message when libpcap is missing, there is no such
     *                     interface, capturing is not permitted, or the filter does not compile
     */
    public static Pcap4jLiveCapture start(String interfaceName, String filter, Consumer<CapturedPacket> consumer)
            throws IOException {
        Objects.requireNonNull(consumer, "consumer");
        LibpcapLocator.ensureLoaded();
        requireInterface(interfaceName);
        PcapHandle handle = openHandle(interfaceName);
        try {
            handle.setFilter(filter, BpfProgram.BpfCompileMode.OPTIMIZE);
        } catch (PcapNativeException | NotOpenException e) {
            handle.close();
            throw new IOException("capture filter '" + filter + "' is not valid on " + interfaceName + ": " + e.getMessage(), e);
        }
        Pcap4jLiveCapture capture = new Pcap4jLiveCapture(handle, interfaceName, consumer);
        capture.reader.start();
        LOG.info("capturing on {} with filter '{}'", interfaceName, filter);
        return capture;
    }

    private static void requireInterface(String interfaceName) throws IOException {
        List<PcapNetworkInterface> interfaces;
        try {
            interfaces = Pcaps.findAllDevs();
        } catch (PcapNativeException e) {
            throw new IOException("cannot list capture interfaces: " + e.getMessage(), e);
        }
        boolean known = interfaces.stream().anyMatch(i -> i.getName().equals(interfaceName));
        if (!known) {
            throw new IOException("no capture interface named '" + interfaceName + "' (available: "
                    + interfaces.stream().map(PcapNetworkInterface::getName).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static PcapHandle openHandle(String interfaceName) throws IOException {
        try {
            return builder(interfaceName).timestampPrecision(PcapHandle.TimestampPrecision.NANO).build();
        } catch (PcapNativeException nanoFailed) {
            if (isPermissionProblem(nanoFailed)) {
                throw permissionDenied(interfaceName, nanoFailed);
            }
            LOG.debug("nanosecond time stamps unavailable on {}: {}", interfaceName, nanoFailed.getMessage());
        }
        try {
            return builder(interfaceName).build();
        } catch (PcapNativeException e) {
            if (isPermissionProblem(e)) {
                throw permissionDenied(interfaceName, e);
            }
            throw new IOException("cannot capture on " + interfaceName + ": " + e.getMessage(), e);
        }
    }

    private static PcapHandle.Builder builder(String interfaceName) {
        return new PcapHandle.Builder(interfaceName)
                .snaplen(SNAPLEN)
                .promiscuousMode(PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS)
                .timeoutMillis(READ_TIMEOUT_MILLIS)
                .immediateMode(true);
    }

    private static boolean isPermissionProblem(PcapNativeException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("permission") || message.contains("not permitted");
    }

    private static IOException permissionDenied(String interfaceName, PcapNativeException e) {
        return new IOException("not permitted to capture on " + interfaceName
                + ": run as root or give java the CAP_NET_RAW and CAP_NET_ADMIN capabilities (" + e.getMessage() + ")", e);
    }

    /** Packets delivered so far. */
    public long captured() {
        return captured;
    }

    private void readUntilClosed() {
        long frame = 1;
        while (running) {
            byte[] bytes;
            try {
                bytes = handle.getNextRawPacketEx();
            } catch (TimeoutException e) {
                continue;
            } catch (EOFException | NotOpenException e) {
                break;
            } catch (PcapNativeException e) {
                if (running) {
                    LOG.error("capture on {} failed: {}", source, e.getMessage());
                }
                break;
            }
            Instant time = handle.getTimestamp().toInstant();
            CapturedPacket packet = new CapturedPacket(new FrameRef(source, frame++, time), linkType,
                    ByteBuffer.wrap(bytes).asReadOnlyBuffer(), handle.getOriginalLength());
            captured++;
            try {
                consumer.accept(packet);
            } catch (RuntimeException e) {
                LOG.warn("consumer failed on {}: {}", packet.ref(), e.toString());
            }
        }
    }

    /** Stops the capture thread, waiting for it, then releases the interface. */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            handle.breakLoop();
        } catch (NotOpenException e) {
            // already closed: nothing to wake
        }
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            LOG.warn("capture thread on {} did not stop; leaving its handle open", source);
            return;
        }
        handle.close();
    }
}
