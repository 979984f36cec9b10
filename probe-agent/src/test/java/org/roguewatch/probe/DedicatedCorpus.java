package org.roguewatch.probe;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.gsm.lapdm.LapdmEncoder;
import org.roguewatch.gsm.rr.FrequencyListCodec;
import org.roguewatch.gsm.rr.FrequencyListFormat;
import org.roguewatch.gsm.sms.Address;
import org.roguewatch.gsm.sms.SmsDeliverEncoder;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.testing.Hex;

/**
 * A fixed corpus of GSMTAP frames covering the message types the shared capture lacks: paging by
 * IMSI, the dedicated-channel exchanges of a location update (identity request, authentication,
 * ciphering with A5/1, A5/3 and none, accept, reject, release) and SACCH system information, built
 * byte by byte after TS 44.018 / 24.008 and framed in LAPDm as a BTS sends them. tshark's decode of
 * the same frames is the fixture {@code tshark/dedicated-corpus.tsv}.
 */
public final class DedicatedCorpus {
    /** GSMTAP datagram plus its capture time. */
    public record Frame(Instant time, byte[] datagram) {
    }

    private static final int ARFCN = 725;
    private static final Instant START = Instant.parse("2026-11-24T00:00:00Z");

    private final List<Frame> frames = new ArrayList<>();
    private int downlinkSendSeq;
    private int uplinkSendSeq;
    private int smsDownlinkSendSeq;
    private int smsUplinkSendSeq;
    private long frameNumber = 100_000;

    private DedicatedCorpus() {
    }

    public static List<Frame> frames() {
        DedicatedCorpus corpus = new DedicatedCorpus();
        corpus.build();
        return corpus.frames;
    }

    private void build() {
        // The cell's System Information, shaped like an IMSI catcher's: test PLMN 001-01, no
        // periodic location updating (T3212 0), CELL_RESELECT_OFFSET 63 (126 dB), an empty BA list,
        // no GPRS indicator.
        bcch("55 06 19" + Hex.of(FrequencyListCodec.encode(FrequencyListFormat.VARIABLE_BIT_MAP, new int[] {ARFCN}, 16))
                + " b9 00 00 2b");                                              // SI1: CA = [725]
        bcch("59 06 1a 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ff b9 00 00"); // SI2: empty BA list
        bcch("49 06 1b 00 0a 00 f1 10 00 01 c8 07 00 15 60 00 b9 00 00 bf 00 2b 2b"); // SI3: CI 10, T3212 0, CRO 63
        bcch("31 06 1c 00 f1 10 00 01 60 00 b9 00 00 bf 00 2b 2b 2b 2b 2b 2b 2b 2b"); // SI4: CRO 63
        // Paging Request Type 1 for IMSI 262021234567890 and a TMSI; Paging Request Type 3.
        ccch("4d 06 21 00 08 29 26 20 21 43 65 87 09 17 05 f4 12 34 56 78 2b 2b 2b");
        ccch("4d 06 24 00 00 00 00 01 00 00 00 02 00 00 00 03 00 00 00 04 2b 2b 2b");
        // Immediate Assignment to SDCCH/8 sub-channel 1, TN 1, ARFCN 725, RA 0x26, TA 1.
        ccch("2d 06 3f 00 49 02 d5 26 54 c7 01 00 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b");
        // Location Updating Request in SABM (contention resolution), echoed by UA.
        byte[] luRequest = Hex.bytes("05 08 70 62 f2 20 01 3e 33 05 f4 11 22 33 44");
        sdcch(true, LapdmEncoder.sabm(0, luRequest));
        sdcch(false, LapdmEncoder.ua(0, luRequest));
        downlink("05 18 01");                      // Identity Request: IMSI
        uplink("05 59 08 29 26 20 21 43 65 87 09"); // Identity Response: IMSI (N(SD)=1)
        downlink("05 18 02");                      // Identity Request: IMEI
        downlink("05 12 02 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff"); // Authentication Request (GSM)
        downlink("05 12 01 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 20 10"
                + " 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10"); // Authentication Request with AUTN: 2 segments
        downlink("06 35 01");                      // Ciphering Mode Command: A5/1
        downlink("06 35 00");                      // Ciphering Mode Command: no ciphering
        downlink("06 35 15");                      // Ciphering Mode Command: A5/3, IMEISV requested
        downlink("05 02 00 f1 10 00 01 17 05 f4 11 22 33 44"); // Location Updating Accept into 001-01-1, new TMSI
        downlink("05 04 0d");                      // Location Updating Reject #13
        downlink("05 32 45 01 00");                // MM Information (counted, not decoded)
        uplink("05 24 14 03 57 58 a6 05 f4 11 22 33 44"); // CM Service Request (SMS)
        downlink("03 05 04 04 60 02 00 81");       // CC Setup (counted, not decoded)
        // SMS blast: no authentication, no ciphering, SAPI 3 established, two SMS-DELIVERs from a
        // bank's short code (UCS-2 Chinese; a 7-bit text long enough for two concatenated parts).
        sdcch(false, LapdmEncoder.sabm(3, new byte[0]));
        sdcch(true, LapdmEncoder.ua(3, new byte[0]));
        for (byte[] part : sms(1, "95588", "【工商银行】尊敬的客户：您的积分即将清零，请登录 icbc-jf.cn 兑换现金礼品。")) {
            smsDownlink(part);
        }
        smsUplink("89 04");                        // CP-ACK from the phone
        for (byte[] part : sms(2, "95588", "Dear customer, your account has been frozen for security reasons."
                + " To restore access within 24 hours, verify your card details at http://icbc-verify.example/login"
                + " or call 400-000-0000. Ignore this message and your card will be cancelled.")) {
            smsDownlink(part);
        }
        downlink("06 0d 00");                      // Channel Release, normal
        // SACCH: SI5 (bit map 0: ARFCNs 1, 2, 10) and SI6: L1 header, LAPDm B4 (no length), L2 pseudo length.
        sacch("05 01 03 03 49 06 1d 00 00 00 00 00 00 00 00 00 00 00 00 00 00 02 03");
        sacch("05 01 03 03 2d 06 1e 00 0a 00 f1 10 00 01 15 ff 2b 2b 2b 2b 2b 2b 2b");
    }

    private void bcch(String block) {
        add(GsmtapChannel.BCCH, false, 0, 0, Hex.bytes(block));
    }

    private void ccch(String block) {
        add(GsmtapChannel.CCCH, false, 0, 0, Hex.bytes(block));
    }

    private void downlink(String l3) {
        for (byte[] block : LapdmEncoder.iFrames(0, true, downlinkSendSeq, uplinkSendSeq, Hex.bytes(l3))) {
            sdcch(false, block);
            downlinkSendSeq = (downlinkSendSeq + 1) & 7;
        }
    }

    private void uplink(String l3) {
        for (byte[] block : LapdmEncoder.iFrames(0, false, uplinkSendSeq, downlinkSendSeq, Hex.bytes(l3))) {
            sdcch(true, block);
            uplinkSendSeq = (uplinkSendSeq + 1) & 7;
        }
    }

    private static List<byte[]> sms(int transactionId, String sender, String text) {
        return SmsDeliverEncoder.builder()
                .transactionId(transactionId)
                .messageReference(transactionId)
                .serviceCentre(Address.international("8613800100500"))
                .originator(Address.ofDigits(Address.TON_UNKNOWN, sender))
                .timestamp(OffsetDateTime.of(2026, 11, 24, 8, 30, 0, 0, ZoneOffset.ofHours(8)))
                .text(text)
                .concatenationReference(0x42)
                .build()
                .encode();
    }

    private void smsDownlink(byte[] l3) {
        for (byte[] block : LapdmEncoder.iFrames(3, true, smsDownlinkSendSeq, smsUplinkSendSeq, l3)) {
            sdcch(false, block);
            smsDownlinkSendSeq = (smsDownlinkSendSeq + 1) & 7;
        }
    }

    private void smsUplink(String l3) {
        for (byte[] block : LapdmEncoder.iFrames(3, false, smsUplinkSendSeq, smsDownlinkSendSeq, Hex.bytes(l3))) {
            sdcch(true, block);
            smsUplinkSendSeq = (smsUplinkSendSeq + 1) & 7;
        }
    }

    private void sdcch(boolean uplink, byte[] block) {
        add(GsmtapChannel.SDCCH8, uplink, 1, 1, block);
    }

    private void sacch(String block) {
        add(GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH, false, 1, 1, Hex.bytes(block));
    }

    private void add(int channel, boolean uplink, int timeslot, int subSlot, byte[] block) {
        frameNumber += 51;
        byte[] datagram = GsmtapEncoder.encode(
                GsmtapEncoder.um(ARFCN, uplink, timeslot, channel, subSlot, frameNumber, -71, 18), block);
        frames.add(new Frame(START.plusMillis(frames.size() * 235L), datagram));
    }
}
