package org.roguewatch.lte.nas;

import static org.roguewatch.lte.nas.NasMessageNames.PD_EMM;
import static org.roguewatch.lte.nas.NasMessageNames.PD_ESM;
import static org.roguewatch.lte.nas.NasMessageNames.PD_TEST;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/**
 * Decodes a NAS PDU (TS 24.301 9.1) as GSMTAP LTE_NAS frames and RRC dedicatedInfoNAS carry it.
 *
 * <p>Octet 1 holds the protocol discriminator in bits 4-1. For EMM (7) bits 8-5 are the security
 * header type (9.3.1): 0 a plain message follows; 1-5 a 4-octet MAC and a 1-octet sequence number
 * precede the plain message, which is ciphered under types 2 and 4 (and in parts under 5); 12-15
 * make the whole PDU a SERVICE REQUEST. For ESM (2) bits 8-5 are the EPS bearer identity of a
 * plain ESM message. Test procedure messages (15) are named; any other discriminator is malformed.
 *
 * <p>Never throws on bad input: it returns {@link Decoded.Malformed} with a reason key
 * {@code nas-eps.*} and the PDU offset.
 */
public final class NasDecoder {
    static final String LAYER = "nas-eps";

    private static final int MAC_LENGTH = 4;

    private NasDecoder() {
    }

    /** A ciphered body (security header types 2 and 4) is left unread: the PDU's message is null. */
    public static Decoded<NasPdu> decode(ByteBuffer pdu) {
        return decode(pdu, false);
    }

    /**
     * Reads a ciphered body as plain, which is right only when the connection's Security mode
     * command selected EEA0 (null ciphering), as a rogue cell's may; tshark does the same by
     * default ("nas-eps.null_decipher"). On a body really ciphered it will mostly report malformed.
     */
    public static Decoded<NasPdu> decodeAssumingNullCipher(ByteBuffer pdu) {
        return decode(pdu, true);
    }

    private static Decoded<NasPdu> decode(ByteBuffer pdu, boolean nullCipher) {
        try {
            return Decoded.ok(pdu(Octets.of(pdu, LAYER), nullCipher));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static NasPdu pdu(Octets in, boolean nullCipher) {
        if (!in.hasRemaining()) {
            throw in.error("empty", "empty NAS PDU");
        }
        int first = in.peek("security header type / protocol discriminator");
        int headerType = first >>> 4;
        if ((first & 0x0f) != PD_EMM || headerType == SecurityHeaderTypes.PLAIN) {
            return NasPdu.plain(plainMessage(in));
        }
        if (SecurityHeaderTypes.isServiceRequest(headerType)) {
            return serviceRequest(in, headerType);
        }
        if (!SecurityHeaderTypes.isProtected(headerType)) {
            throw in.error("security-header-type", "reserved security header type " + headerType);
        }
        in.skip(1 + MAC_LENGTH, "security header and message authentication code");
        long sequenceNumber = in.u8("sequence number");
        boolean ciphered = SecurityHeaderTypes.isCiphered(headerType);
        if (ciphered && !nullCipher) {
            in.require(1, "ciphered NAS message");
            return new NasPdu(headerType, true, null, sequenceNumber);
        }
        boolean partlyCiphered = headerType == SecurityHeaderTypes.INTEGRITY_PROTECTED_AND_PARTIALLY_CIPHERED;
        return new NasPdu(headerType, ciphered || partlyCiphered, plainMessage(in), sequenceNumber);
    }

    /** The plain message at the cursor (24.301 9.1, item 1). */
    private static NasMessage plainMessage(Octets in) {
        int first = in.peek("protocol discriminator");
        int pd = first & 0x0f;
        switch (pd) {
            case PD_EMM: {
                if (first >>> 4 != SecurityHeaderTypes.PLAIN) {
                    throw in.error("nested-security-header", "security header type " + (first >>> 4)
                            + " inside a security protected message, which must hold a plain one");
                }
                in.skip(1, "security header type / protocol discriminator");
                return EmmDecoder.decode(in.u8("EMM message type"), in);
            }
            case PD_ESM: {
                // EPS bearer identity (bits 8-5) and PD, then the procedure transaction identity (9.4).
                in.skip(2, "EPS bearer identity / procedure transaction identity");
                return EsmMessage.of(in.u8("ESM message type"));
            }
            case PD_TEST: {
                in.skip(1, "protocol discriminator");
                return OtherNasMessage.of(PD_TEST, in.u8("message type"));
            }
            default:
                throw in.error("protocol-discriminator", "protocol discriminator " + pd + " is not EPS NAS (2, 7 or 15)");
        }
    }

    /**
     * SERVICE REQUEST (8.2.25): KSI (bits 8-6) and short sequence number (bits 5-1), then the
     * 2-octet short MAC; 4 octets in all, so anything after them is malformed.
     */
    private static NasPdu serviceRequest(Octets in, int headerType) {
        in.skip(1, "security header type / protocol discriminator");
        int ksiAndSequence = in.u8("KSI and sequence number");
        int shortMac = in.u16("short MAC");
        if (in.hasRemaining()) {
            throw in.error("service-request.length", in.remaining() + " octet(s) after the 4-octet SERVICE REQUEST");
        }
        return new NasPdu(headerType, false, new EmmServiceRequest(ksiAndSequence >>> 5, shortMac), ksiAndSequence & 0x1f);
    }
}
