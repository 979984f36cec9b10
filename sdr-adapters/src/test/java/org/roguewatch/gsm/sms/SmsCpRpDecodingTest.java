package org.roguewatch.gsm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roguewatch.gsm.sms.SmsHex.buffer;
import static org.roguewatch.gsm.sms.SmsHex.cp;
import static org.roguewatch.gsm.sms.SmsHex.malformed;
import static org.roguewatch.gsm.sms.SmsHex.rp;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;

class SmsCpRpDecodingTest {
    /** SMS-DELIVER from "diafaan", text "diafaan.com", 2011-01-11 13:25:41 +00:00. */
    static final String DELIVER = "240dd0e474d81c0ebb010000111011315214000be474d81c0ebb5de3771b";
    /** RP-DATA (Network to MS), reference 5, SMSC +31624000000, carrying {@link #DELIVER}. */
    static final String RP_DATA_DOWN = "0105" + "07911326040000f0" + "00" + "1e" + DELIVER;

    @Test
    void cpDataCarriesTheDecodedRpData() {
        CpData data = assertInstanceOf(CpData.class, cp("1901" + "2a" + RP_DATA_DOWN));
        assertEquals("CP-DATA", data.name());
        assertEquals(new TransactionId(1, false), data.transactionId());
        RpData rp = assertInstanceOf(RpData.class, data.rp());
        assertEquals("RP-DATA (Network to MS)", rp.name());
        assertEquals(5, rp.messageReference());
        assertEquals(Optional.of(Address.international("31624000000")), rp.serviceCentre());
        assertEquals("+31624000000", rp.serviceCentre().orElseThrow().display());
        assertEquals(Optional.empty(), rp.destinationAddress());
        SmsDeliver deliver = assertInstanceOf(SmsDeliver.class, rp.tpdu());
        assertEquals("diafaan.com", deliver.text());
    }

    @Test
    void cpAckAndCpErrorCarryTheTransactionIdentifier() {
        CpAck ack = assertInstanceOf(CpAck.class, cp("c904"));
        assertEquals("CP-ACK", ack.name());
        assertEquals(new TransactionId(4, true), ack.transactionId());
        CpError error = assertInstanceOf(CpError.class, cp("391051"));
        assertEquals("CP-ERROR", error.name());
        assertEquals(new TransactionId(3, false), error.transactionId());
        assertEquals(81, error.cause());
    }

    @Test
    void transactionIdentifierSevenIsFollowedByAnExtensionOctet() {
        assertEquals(new TransactionId(1, true), cp("f98104").transactionId());
    }

    @Test
    void otherProtocolDiscriminatorIsRejected() {
        Decoded.Malformed<CpMessage> m = malformed(SmsDecoder.decodeCp(buffer("0504")));
        assertEquals("sms.cp.protocol-discriminator", m.reason());
        assertEquals(0, m.offset());
    }

    @Test
    void unknownCpMessageTypeIsRejected() {
        Decoded.Malformed<CpMessage> m = malformed(SmsDecoder.decodeCp(buffer("0902")));
        assertEquals("sms.cp.unknown-type", m.reason());
        assertEquals(1, m.offset());
    }

    @Test
    void rpDataFromTheMsNamesTheServiceCentreAsDestination() {
        String submit = "1105" + "0b911316325476f8" + "0000aa0a" + "e8329bfd4697d9ec37";
        RpData rp = assertInstanceOf(RpData.class, rp("0021" + "00" + "07911326040000f0" + "17" + submit, false));
        assertEquals("RP-DATA (MS to Network)", rp.name());
        assertEquals(Direction.MS_TO_NETWORK, rp.direction());
        assertEquals(Optional.empty(), rp.originatorAddress());
        assertEquals(Optional.of(Address.international("31624000000")), rp.serviceCentre());
        assertEquals("hellohello", assertInstanceOf(SmsSubmit.class, rp.tpdu()).text());
    }

    @Test
    void rpAckMayCarryADeliverReport() {
        RpAck plain = assertInstanceOf(RpAck.class, rp("032a", true));
        assertEquals("RP-ACK (Network to MS)", plain.name());
        assertEquals(Optional.empty(), plain.tpdu());
        RpAck withReport = assertInstanceOf(RpAck.class, rp("022a41020000", false));
        assertEquals("RP-ACK (MS to Network)", withReport.name());
        OtherTpdu report = assertInstanceOf(OtherTpdu.class, withReport.tpdu().orElseThrow());
        assertEquals("SMS-DELIVER REPORT", report.name());
        assertEquals(OctetString.ofHex("0000"), report.octets());
    }

    @Test
    void rpErrorCarriesCauseAndDiagnostic() {
        RpError error = assertInstanceOf(RpError.class, rp("052c022a05", true));
        assertEquals("RP-ERROR (Network to MS)", error.name());
        assertEquals(42, error.cause());
        assertEquals(OctetString.ofHex("05"), error.diagnostic());
        RpError memoryFull = assertInstanceOf(RpError.class, rp("042b0116", false));
        assertEquals(22, memoryFull.cause());
        assertTrue(memoryFull.diagnostic().isEmpty());
    }

    @Test
    void rpSmmaHasOnlyAReference() {
        RpSmma smma = assertInstanceOf(RpSmma.class, rp("062d", false));
        assertEquals("RP-SMMA (MS to Network)", smma.name());
        assertEquals(0x2d, smma.messageReference());
    }

    @Test
    void rpMessageAgainstTheObservedDirectionIsReported() {
        assertEquals("sms.rp.direction", malformed(SmsDecoder.decodeRp(buffer("032a"), false)).reason());
    }

    @Test
    void reservedRpMessageTypeIsRejected() {
        assertEquals("sms.rp.unknown-type", malformed(SmsDecoder.decodeRp(buffer("0700"), false)).reason());
    }

    @Test
    void overlongRpAddressIsRejected() {
        Decoded.Malformed<RpMessage> m = malformed(SmsDecoder.decodeRp(
                buffer("0105" + "0c91" + "11".repeat(11) + "00" + "1e" + DELIVER), true));
        assertEquals("sms.rp.address-length", m.reason());
        assertEquals(2, m.offset());
    }

    @Test
    void innerLayerFaultIsReportedAtItsOffsetInTheL3Message() {
        // TP-UDL 0x50 promises 70 octets where 11 follow; TP-UDL is octet 19 of the TPDU,
        // which starts at octet 15 of the L3 message (3 CP + 12 RP header octets).
        String badDeliver = DELIVER.substring(0, 38) + "50" + DELIVER.substring(40);
        Decoded.Malformed<CpMessage> m = malformed(SmsDecoder.decodeCp(
                buffer("1901" + "2a" + "0105" + "07911326040000f0" + "00" + "1e" + badDeliver)));
        assertEquals("sms.tpdu.user-data-length", m.reason());
        assertEquals(15 + 19, m.offset());
    }

    @Test
    void decodingLeavesTheCallersBufferPositionAlone() {
        ByteBuffer l3 = buffer("ff" + "1901" + "2a" + RP_DATA_DOWN);
        l3.position(1);
        assertFalse(SmsDecoder.decodeCp(l3) instanceof Decoded.Malformed);
        assertEquals(1, l3.position());
    }
}
