package org.roguewatch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import org.roguewatch.certs.TestDeployment;
import org.roguewatch.spool.Spool;
import org.roguewatch.spool.SpoolSettings;
import org.roguewatch.uplink.ObservationBatchCodec;
import org.roguewatch.uplink.ProbeHealth;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.TlsIdentity;
import org.roguewatch.uplink.UplinkClient;
import org.roguewatch.uplink.UplinkSettings;
import org.roguewatch.uplink.WireFormat;

/**
 * The probe process of the kill -9 test, run as a child JVM:
 * {@code CERTS SPOOL PORT PROBE produce N} spools N batches of 100 observations while shipping,
 * printing {@code spooled SEQ} once each append has returned; {@code ... drain 0} only ships
 * what the spool holds and exits when the analyzer acknowledged all of it.
 */
public final class SpoolingProbeMain {
    static final int PER_BATCH = 100;

    private SpoolingProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path certificates = Path.of(args[0]);
        Path spoolDirectory = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        String probe = args[3];
        String mode = args[4];
        int batches = Integer.parseInt(args[5]);
        TlsIdentity tls = new TlsIdentity(certificates.resolve(TestDeployment.probeCertificate(probe)),
                certificates.resolve(TestDeployment.probeKey(probe)), certificates.resolve(TestDeployment.CA));
        Spool spool = Spool.open(spoolDirectory, SpoolSettings.DEFAULTS);
        System.out.println("recovered " + spool.recovery().records() + " next " + (spool.lastSequence() + 1));
        System.out.flush();
        UplinkClient client = new UplinkClient(new UplinkSettings("127.0.0.1", port, probe, Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ofSeconds(1), 16, WireFormat.DEFAULT_MAX_PAYLOAD),
                tls.clientContext(), spool, ProbeHealth::minimal);
        client.start();
        if (mode.equals("produce")) {
            ObservationBatchCodec codec = new ObservationBatchCodec();
            for (int b = 0; b < batches; b++) {
                long next = spool.lastSequence() + 1;
                int first = (int) ((next - 1) * PER_BATCH);
                long sequence = spool.append(RecordType.OBSERVATION_BATCH,
                        codec.encode(SyntheticObservations.batch(probe, first, first + PER_BATCH)));
                System.out.println("spooled " + sequence);
                System.out.flush();
                Thread.sleep(1);
            }
        }
        while (client.stats().acknowledged() < spool.lastSequence()) {
            Thread.sleep(10);
        }
        System.out.println("acknowledged " + client.stats().acknowledged());
        System.out.flush();
        client.close();
        spool.close();
    }
}
