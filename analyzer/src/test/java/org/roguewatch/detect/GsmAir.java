package org.roguewatch.detect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.lapdm.LapdmEncoder;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.IdentityResponse;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.gsm.mm.LocationUpdatingRequest;
import org.roguewatch.gsm.mm.MmEncoder;
import org.roguewatch.gsm.mm.MmMessage;
import org.roguewatch.gsm.rr.BaList;
import org.roguewatch.gsm.rr.CellOptions;
import org.roguewatch.gsm.rr.CellSelectionParameters;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.ControlChannelDescription;
import org.roguewatch.gsm.rr.FrequencyList;
import org.roguewatch.gsm.rr.FrequencyListCodec;
import org.roguewatch.gsm.rr.GprsIndicator;
import org.roguewatch.gsm.rr.PagingResponse;
import org.roguewatch.gsm.rr.RachControlParameters;
import org.roguewatch.gsm.rr.RrEncoder;
import org.roguewatch.gsm.rr.RrMessage;
import org.roguewatch.gsm.rr.SelectionParameters;
import org.roguewatch.gsm.rr.Si13RestOctetsEncoder;
import org.roguewatch.gsm.rr.Si2quaterRestOctets;
import org.roguewatch.gsm.rr.Si3RestOctets;
import org.roguewatch.gsm.rr.Si4RestOctets;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation13;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2quater;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.sms.Address;
import org.roguewatch.gsm.sms.SmsDeliverEncoder;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;

/**
 * The air as a probe hears it, written with the project's own encoders (TS 44.018 / 24.008 /
 * 24.011 bytes that tshark decodes): cells broadcasting System Information and phones'
 * transactions on their SDCCH. Detector tests describe a scenario here, run it through the real
 * ingest and assert on the findings.
 */
final class GsmAir {
    /** One GSMTAP datagram and its capture time. */
    record Frame(Instant time, byte[] datagram) {
    }

    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z");
    private final List<Frame> frames = new ArrayList<>();
    private long millis;

    Cell cell(int arfcn) {
        return new Cell(arfcn);
    }

    List<Frame> frames() {
        return frames;
    }

    /** Moves the clock on without frames (a probe hearing nothing of these cells). */
    GsmAir pause(long seconds) {
        millis += seconds * 1000;
        return this;
    }

    List<CellObservation> observe(String probe, String source) {
        GsmtapIngest ingest = new GsmtapIngest(probe, new FrameCounters());
        for (int i = 0; i < frames.size(); i++) {
            Frame frame = frames.get(i);
            ingest.datagram(new FrameRef(source, i + 1, frame.time()), ByteBuffer.wrap(frame.datagram()));
        }
        if (ingest.counters().malformedTotal() > 0) {
            throw new AssertionError("our own encoders wrote malformed frames: " + ingest.counters().malformed());
        }
        return ingest.observations();
    }

    void writePcap(Path file) throws IOException {
        try (PcapWriter writer = PcapWriter.create(file, PcapWriter.Resolution.MICROSECONDS)) {
            for (Frame frame : frames) {
                writer.writeUdp(frame.time(), frame.datagram(), 34567, GsmtapHeader.DEFAULT_UDP_PORT);
            }
        }
    }

    private void add(int arfcn, boolean uplink, int timeslot, int subType, int subSlot, int signalDbm, byte[] block) {
        millis += 47;
        byte[] datagram = GsmtapEncoder.encode(GsmtapEncoder.um(arfcn, uplink, timeslot, subType, subSlot,
                millis / 5, signalDbm, 20), block);
        frames.add(new Frame(START.plusMillis(millis), datagram));
    }

    static FrequencyList frequencies(int... arfcns) {
        return FrequencyListCodec.tryDecode(ByteBuffer.wrap(FrequencyListCodec.encodeCompact(arfcns, 16))).valueOrNull();
    }

    /** A cell with the parameters of a typical operator cell until a test changes them. */
    final class Cell {
        final int arfcn;
        String mcc = "262";
        String mnc = "02";
        int lac = 318;
        int ci = 11225;
        int[] neighbours = {730, 733, 734, 741, 746};
        int t3212 = 10;
        int cellReselectOffset = 4;
        int penaltyTime = 31;
        boolean gprs = true;
        boolean si2ter = true;
        boolean si2quater = true;
        int rxlevAccessMin = 9;
        int msTxpwrMaxCch = 0;
        int signalDbm = -75;
        private int downlinkSeq;
        private int uplinkSeq;
        private int smsDownlinkSeq;

        private Cell(int arfcn) {
            this.arfcn = arfcn;
        }

        Cell identity(String mcc, String mnc, int lac, int ci) {
            this.mcc = mcc;
            this.mnc = mnc;
            this.lac = lac;
            this.ci = ci;
            return this;
        }

        LocationAreaId lai() {
            return new LocationAreaId(mcc, mnc, lac);
        }

        private RachControlParameters rach() {
            return new RachControlParameters(2, 14, false, true, 0);
        }

        private CellSelectionParameters selection() {
            return new CellSelectionParameters(3, msTxpwrMaxCch, false, false, rxlevAccessMin);
        }

        /** One full BCCH cycle: SI1, SI2, (SI2ter), (SI2quater), SI3, SI4, (SI13). */
        Cell broadcast() {
            bcch(new SystemInformation1(frequencies(arfcn), rach(), false));
            bcch(new SystemInformation2(new BaList(false, 0, -1, frequencies(neighbours)), 0xff, rach()));
            if (si2ter) {
                bcch(new SystemInformation2ter(new BaList(false, 0, 3, frequencies(4, 6, 8))));
            }
            if (si2quater) {
                bcch(new SystemInformation2quater(new Si2quaterRestOctets(0, 0, 0, 0, 0, List.of(), null, List.of(),
                        List.of(), null, List.of(), null, null, List.of())));
            }
            GprsIndicator indicator = gprs ? new GprsIndicator(6, false) : null;
            SelectionParameters reselection = new SelectionParameters(false, cellReselectOffset, 0, penaltyTime);
            bcch(new SystemInformation3(ci, lai(), new ControlChannelDescription(1, true, 1, 0, 0, 2, t3212),
                    new CellOptions(false, 1, 5), selection(), rach(),
                    new Si3RestOctets(reselection, -1, si2ter, true, -1, indicator, false, si2quater, false)));
            bcch(new SystemInformation4(lai(), selection(), rach(), false, new Si4RestOctets(reselection, -1, indicator)));
            if (gprs) {
                bcch(new SystemInformation13(Si13RestOctetsEncoder.typicalGprsCell(4, 1)));
            }
            return this;
        }

        Cell broadcast(int cycles) {
            for (int i = 0; i < cycles; i++) {
                broadcast();
            }
            return this;
        }

        private void bcch(RrMessage message) {
            add(arfcn, false, 0, GsmtapChannel.BCCH, 0, signalDbm, RrEncoder.bcchBlock(message));
        }

        /** A phone's location update that the network answers as a real network does. */
        Cell genuineLocationUpdate(String imsi) {
            open(new LocationUpdatingRequest(0, new LocationAreaId("262", "02", 317), MobileIdentity.tmsi(0x0badcafeL)));
            downlink(new IdentityRequest(MobileIdentity.Type.IMSI));
            uplink(new IdentityResponse(new MobileIdentity(MobileIdentity.Type.IMSI, imsi, -1)));
            downlink(new AuthenticationRequest(1, "00112233445566778899aabbccddeeff", false));
            downlink(new CipheringModeCommand(true, 3, true));
            downlink(new LocationUpdatingAccept(lai(), MobileIdentity.tmsi(0x01234567L), false));
            return release();
        }

        /** An IMSI catcher's location update: identity taken, no authentication, stranding reject. */
        Cell catcherLocationUpdate(String imsi) {
            open(new LocationUpdatingRequest(0, new LocationAreaId("262", "02", 317), MobileIdentity.tmsi(0x0badcafeL)));
            downlink(new IdentityRequest(MobileIdentity.Type.IMSI));
            uplink(new IdentityResponse(new MobileIdentity(MobileIdentity.Type.IMSI, imsi, -1)));
            downlink(new LocationUpdatingReject(13));
            return release();
        }

        /** Starts a transaction on SDCCH/8 TN 1 sub-channel 1 with the phone's initial message in SABM. */
        Cell open(MmMessage initial) {
            downlinkSeq = 0;
            uplinkSeq = 0;
            smsDownlinkSeq = 0;
            sdcch(true, LapdmEncoder.sabm(0, MmEncoder.l3(initial)));
            sdcch(false, LapdmEncoder.ua(0, MmEncoder.l3(initial)));
            return this;
        }

        /** Starts a transaction answering a page. */
        Cell answerPage() {
            downlinkSeq = 0;
            uplinkSeq = 0;
            smsDownlinkSeq = 0;
            byte[] response = RrEncoder.l3(new PagingResponse(7, MobileIdentity.tmsi(0x0badcafeL)));
            sdcch(true, LapdmEncoder.sabm(0, response));
            sdcch(false, LapdmEncoder.ua(0, response));
            return this;
        }

        Cell downlink(MmMessage message) {
            return downlink(MmEncoder.l3(message));
        }

        Cell downlink(RrMessage message) {
            return downlink(RrEncoder.l3(message));
        }

        Cell uplink(MmMessage message) {
            for (byte[] block : LapdmEncoder.iFrames(0, false, uplinkSeq, downlinkSeq, MmEncoder.l3(message))) {
                sdcch(true, block);
                uplinkSeq = (uplinkSeq + 1) & 7;
            }
            return this;
        }

        /** Delivers an SMS on SAPI 3 of the open transaction. */
        Cell sms(String sender, String text, int protocolIdentifier) {
            List<byte[]> parts = SmsDeliverEncoder.builder()
                    .transactionId(1).messageReference(1)
                    .serviceCentre(Address.international("8613800100500"))
                    .originator(Address.ofDigits(Address.TON_UNKNOWN, sender))
                    .protocolIdentifier(protocolIdentifier)
                    .timestamp(OffsetDateTime.of(2026, 11, 24, 8, 30, 0, 0, ZoneOffset.ofHours(8)))
                    .text(text)
                    .build()
                    .encode();
            sdcch(false, LapdmEncoder.sabm(3, new byte[0]));
            sdcch(true, LapdmEncoder.ua(3, new byte[0]));
            for (byte[] part : parts) {
                for (byte[] block : LapdmEncoder.iFrames(3, true, smsDownlinkSeq, 0, part)) {
                    sdcch(false, block);
                    smsDownlinkSeq = (smsDownlinkSeq + 1) & 7;
                }
            }
            return this;
        }

        Cell release() {
            return downlink(new ChannelRelease(0));
        }

        private Cell downlink(byte[] l3) {
            for (byte[] block : LapdmEncoder.iFrames(0, true, downlinkSeq, uplinkSeq, l3)) {
                sdcch(false, block);
                downlinkSeq = (downlinkSeq + 1) & 7;
            }
            return this;
        }

        private void sdcch(boolean uplink, byte[] block) {
            add(arfcn, uplink, 1, GsmtapChannel.SDCCH8, 1, signalDbm, block);
        }
    }
}
