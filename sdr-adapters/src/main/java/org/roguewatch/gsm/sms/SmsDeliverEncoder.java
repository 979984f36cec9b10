package org.roguewatch.gsm.sms;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds what a base station sends to deliver a short message: layer-3 CP-DATA carrying
 * RP-DATA (Network to MS) carrying SMS-DELIVER (TS 24.011 7.2.1 and 7.3.1, TS 23.040 9.2.2.1).
 *
 * <p>Text in the GSM 7-bit alphabet (with its extension table) is sent as such, anything else as
 * UCS-2, unless the caller fixes the alphabet. Text longer than one message is split into
 * concatenated parts with an 8-bit reference (TS 23.040 9.2.3.24.1); each part is its own
 * CP-DATA, with the next transaction identifier and RP message reference, as consecutive
 * transfers would use.
 */
public final class SmsDeliverEncoder {
    /** TP-UD octets, and the septets they hold (TS 23.040 9.2.3.24). */
    private static final int MAX_OCTETS = 140;
    private static final int MAX_SEPTETS = 160;
    /** UDHL, IEI, IEDL, reference, total, sequence. */
    private static final int CONCAT_HEADER_OCTETS = 6;
    /** The concatenation header plus one fill bit fills exactly 7 septets. */
    private static final int CONCAT_HEADER_SEPTETS = 7;
    private static final int MAX_PARTS = 255;
    /** Transaction identifiers 0-6 are usable without the extension octet (TS 24.007 11.2.3.1.3). */
    private static final int TI_VALUES = 7;

    private final int transactionId;
    private final int messageReference;
    private final Address serviceCentre;
    private final Address originator;
    private final int protocolIdentifier;
    private final DataCodingScheme dataCodingScheme;
    private final OffsetDateTime timestamp;
    private final String text;
    private final byte[] binary;
    private final int concatenationReference;

    private SmsDeliverEncoder(Builder b) {
        this.transactionId = b.transactionId;
        this.messageReference = b.messageReference;
        this.serviceCentre = Objects.requireNonNull(b.serviceCentre, "serviceCentre");
        this.originator = Objects.requireNonNull(b.originator, "originator");
        this.protocolIdentifier = b.protocolIdentifier;
        this.timestamp = Objects.requireNonNull(b.timestamp, "timestamp");
        this.text = b.text;
        this.binary = b.binary;
        this.concatenationReference = b.concatenationReference >= 0 ? b.concatenationReference : b.messageReference;
        this.dataCodingScheme = b.dataCodingScheme != null ? b.dataCodingScheme : DataCodingScheme.of(
                alphabetFor(b), b.messageClass);
        if (dataCodingScheme.compressed()) {
            throw new IllegalArgumentException("compressed user data is not supported");
        }
        if ((binary != null) != (dataCodingScheme.alphabet() == Alphabet.DATA_8BIT)) {
            throw new IllegalArgumentException("8-bit data needs binary content, text needs a text alphabet");
        }
        if (dataCodingScheme.alphabet() == Alphabet.GSM_7BIT && !Gsm7.canEncode(text)) {
            throw new IllegalArgumentException("text has characters outside the GSM 7-bit alphabet");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The data coding scheme the parts carry. */
    public DataCodingScheme dataCodingScheme() {
        return dataCodingScheme;
    }

    /** One layer-3 CP-DATA message per part, in order. */
    public List<byte[]> encode() {
        List<byte[]> userData = split();
        List<byte[]> messages = new ArrayList<>(userData.size());
        for (int i = 0; i < userData.size(); i++) {
            boolean last = i == userData.size() - 1;
            byte[] tpdu = tpdu(userData.get(i), userData.size() > 1 ? i + 1 : 0, userData.size(), last);
            byte[] rpdu = rpData((messageReference + i) & 0xff, tpdu);
            messages.add(cpData((transactionId + i) % TI_VALUES, rpdu));
        }
        return messages;
    }

    private static Alphabet alphabetFor(Builder b) {
        if (b.binary != null) {
            return Alphabet.DATA_8BIT;
        }
        if (b.alphabet != null) {
            return b.alphabet;
        }
        return Gsm7.canEncode(b.text) ? Alphabet.GSM_7BIT : Alphabet.UCS2;
    }

    /**
     * The content of each part: septet values for GSM 7-bit, octets otherwise. A part never ends
     * between an escape and its extension code, nor inside a UTF-16 surrogate pair.
     */
    private List<byte[]> split() {
        List<byte[]> parts = new ArrayList<>();
        switch (dataCodingScheme.alphabet()) {
            case GSM_7BIT -> {
                if (Gsm7.septetCount(text) <= MAX_SEPTETS) {
                    parts.add(Gsm7.toSeptets(text));
                    break;
                }
                int capacity = MAX_SEPTETS - CONCAT_HEADER_SEPTETS;
                int start = 0;
                while (start < text.length()) {
                    int end = start;
                    int septets = 0;
                    while (end < text.length() && septets + Gsm7.septetsFor(text.charAt(end)) <= capacity) {
                        septets += Gsm7.septetsFor(text.charAt(end));
                        end++;
                    }
                    parts.add(Gsm7.toSeptets(text.substring(start, end)));
                    start = end;
                }
            }
            case UCS2 -> {
                if (text.length() * 2 <= MAX_OCTETS) {
                    parts.add(utf16(text));
                    break;
                }
                int capacity = (MAX_OCTETS - CONCAT_HEADER_OCTETS) / 2;
                int start = 0;
                while (start < text.length()) {
                    int end = Math.min(text.length(), start + capacity);
                    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                        end--;
                    }
                    parts.add(utf16(text.substring(start, end)));
                    start = end;
                }
            }
            case DATA_8BIT -> {
                if (binary.length <= MAX_OCTETS) {
                    parts.add(binary.clone());
                    break;
                }
                int capacity = MAX_OCTETS - CONCAT_HEADER_OCTETS;
                for (int start = 0; start < binary.length; start += capacity) {
                    parts.add(Arrays.copyOfRange(binary, start, Math.min(binary.length, start + capacity)));
                }
            }
        }
        if (parts.isEmpty()) {
            parts.add(new byte[0]);
        }
        if (parts.size() > MAX_PARTS) {
            throw new IllegalArgumentException("message needs " + parts.size() + " parts, at most " + MAX_PARTS);
        }
        return parts;
    }

    /** Code units as UTF-16BE, without the replacement a charset encoder makes for lone surrogates. */
    private static byte[] utf16(String part) {
        byte[] octets = new byte[part.length() * 2];
        for (int i = 0; i < part.length(); i++) {
            octets[2 * i] = (byte) (part.charAt(i) >>> 8);
            octets[2 * i + 1] = (byte) part.charAt(i);
        }
        return octets;
    }

    /** @param sequence 1-based part number, or 0 for a message sent whole */
    private byte[] tpdu(byte[] content, int sequence, int total, boolean last) {
        boolean concatenated = sequence > 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(176);
        // TP-MTI 00; TP-MMS set means no more messages wait (9.2.3.2), so only the last part sets it.
        out.write((last ? 0x04 : 0x00) | (concatenated ? 0x40 : 0x00));
        AddressCodec.writeTp(out, originator);
        out.write(protocolIdentifier);
        out.write(dataCodingScheme.value());
        Timestamps.write(out, timestamp);
        byte[] header = concatenated
                ? new byte[] {CONCAT_HEADER_OCTETS - 1, InformationElement.IEI_CONCATENATION_8BIT, 3,
                    (byte) concatenationReference, (byte) total, (byte) sequence}
                : new byte[0];
        if (dataCodingScheme.alphabet() == Alphabet.GSM_7BIT) {
            int headerSeptets = concatenated ? CONCAT_HEADER_SEPTETS : 0;
            byte[] userData = Gsm7.pack(content, headerSeptets);
            System.arraycopy(header, 0, userData, 0, header.length);
            out.write(headerSeptets + content.length);
            out.write(userData, 0, userData.length);
        } else {
            out.write(header.length + content.length);
            out.write(header, 0, header.length);
            out.write(content, 0, content.length);
        }
        return out.toByteArray();
    }

    private byte[] rpData(int reference, byte[] tpdu) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(tpdu.length + 16);
        out.write(RpMessage.TYPE_DATA_NETWORK_TO_MS);
        out.write(reference);
        AddressCodec.writeRp(out, serviceCentre);
        AddressCodec.writeRp(out, null);
        out.write(tpdu.length);
        out.write(tpdu, 0, tpdu.length);
        return out.toByteArray();
    }

    /** The network allocated the TI, so its messages carry TI flag 0 (TS 24.007 11.2.3.1.3). */
    private static byte[] cpData(int ti, byte[] rpdu) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rpdu.length + 3);
        out.write(ti << 4 | CpMessage.PROTOCOL_DISCRIMINATOR);
        out.write(CpMessage.TYPE_DATA);
        out.write(rpdu.length);
        out.write(rpdu, 0, rpdu.length);
        return out.toByteArray();
    }

    /** Parameters of one delivery; everything but text or binary content has a default. */
    public static final class Builder {
        private int transactionId;
        private int messageReference;
        private Address serviceCentre;
        private Address originator;
        private int protocolIdentifier = ProtocolIdentifier.DEFAULT;
        private MessageClass messageClass = MessageClass.NONE;
        private Alphabet alphabet;
        private DataCodingScheme dataCodingScheme;
        private OffsetDateTime timestamp;
        private String text = "";
        private byte[] binary;
        private int concatenationReference = -1;

        private Builder() {
        }

        /** TI value 0-6 of the first part. */
        public Builder transactionId(int value) {
            if (value < 0 || value >= TI_VALUES) {
                throw new IllegalArgumentException("transaction identifier " + value + " outside 0-6");
            }
            this.transactionId = value;
            return this;
        }

        /** RP-Message Reference 0-255 of the first part. */
        public Builder messageReference(int value) {
            this.messageReference = octet(value, "message reference");
            return this;
        }

        /** The SMSC address, sent as the RP-Originator Address. */
        public Builder serviceCentre(Address value) {
            this.serviceCentre = value;
            return this;
        }

        /** TP-OA: digits or {@link Address#alphanumeric(String)}. */
        public Builder originator(Address value) {
            this.originator = value;
            return this;
        }

        public Builder protocolIdentifier(int value) {
            this.protocolIdentifier = octet(value, "protocol identifier");
            return this;
        }

        public Builder messageClass(MessageClass value) {
            this.messageClass = Objects.requireNonNull(value, "messageClass");
            return this;
        }

        /** Fixes the alphabet; without this GSM 7-bit is used when the text allows, else UCS-2. */
        public Builder alphabet(Alphabet value) {
            this.alphabet = value;
            return this;
        }

        /** Sends this TP-DCS as is (e.g. a message waiting group); overrides alphabet and class. */
        public Builder dataCodingScheme(DataCodingScheme value) {
            this.dataCodingScheme = value;
            return this;
        }

        /** TP-SCTS; its offset must be whole quarter hours. */
        public Builder timestamp(OffsetDateTime value) {
            this.timestamp = value;
            return this;
        }

        public Builder text(String value) {
            this.text = Objects.requireNonNull(value, "text");
            this.binary = null;
            return this;
        }

        /** 8-bit data content instead of text (e.g. a SIM data download). */
        public Builder binary(byte[] value) {
            this.binary = value.clone();
            this.text = "";
            return this;
        }

        /** The concatenation reference (0-255) shared by the parts; defaults to the message reference. */
        public Builder concatenationReference(int value) {
            this.concatenationReference = octet(value, "concatenation reference");
            return this;
        }

        public SmsDeliverEncoder build() {
            return new SmsDeliverEncoder(this);
        }

        private static int octet(int value, String what) {
            if (value < 0 || value > 0xff) {
                throw new IllegalArgumentException(what + " " + value + " outside 0-255");
            }
            return value;
        }
    }
}
