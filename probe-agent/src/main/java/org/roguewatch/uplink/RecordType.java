package org.roguewatch.uplink;

/**
 * The frame types of the wire format, by their one-octet code. Codes are never reused: a reader
 * that meets a code it does not know closes the connection with that reason.
 */
public enum RecordType {
    HELLO(1),
    OBSERVATION_BATCH(2),
    /** Carrier observations from a probe's spectrum sources ({@link SpectrumObservationBatchCodec}). */
    SPECTRUM_OBSERVATION_BATCH(3),
    ACK(4),
    HEARTBEAT(5),
    /** The analyzer asks for the raw frame behind a frame reference. */
    EVIDENCE_REQUEST(6),
    /** The probe's answer: the frame as a one-packet pcap, or that it no longer keeps it. */
    EVIDENCE(7);

    private static final RecordType[] BY_CODE = new RecordType[256];

    static {
        for (RecordType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code, or null when the code is not defined. */
    public static RecordType ofCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Whether frames of this type carry a sequenced, spooled batch. */
    public boolean isBatch() {
        return this == OBSERVATION_BATCH || this == SPECTRUM_OBSERVATION_BATCH;
    }
}
