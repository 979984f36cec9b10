package org.roguewatch.lte.nas;

import static org.roguewatch.lte.nas.NasMessageNames.PD_EMM;
import static org.roguewatch.lte.nas.NasMessageNames.PD_ESM;
import static org.roguewatch.lte.nas.NasMessageNames.PD_TEST;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.MobileIdentityEncoder;
import org.roguewatch.gsm.OctetWriter;

/**
 * Encodes NAS messages (TS 24.301 clauses 8 and 9) into the PDUs {@link NasDecoder} reads: for
 * every record the decoder yields, decoding the output gives the record back. This is what the
 * simulated rogue LTE cell sends (e.g. a Security mode command selecting EEA0/EIA0, an Identity
 * request for the IMSI, Attach reject #7, TAU reject #15).
 *
 * <p>No keys exist here, so security is only the shape of it: the MAC is 4 zero octets (what the
 * null integrity algorithm EIA0 yields, TS 33.401), and a body under security header type 2 or 4
 * is written in the clear, which is what the null cipher EEA0 yields. Fields the records do not keep are written as:
 * <ul>
 * <li>an EPS mobile identity of type GUTI: {@link EpsMobileIdentity#FIXED_GUTI} (MCC 001, MNC 01,
 * MME group 1, MME code 1, M-TMSI 1); of type IMEI: the IMEI 490154203237518; of type OTHER:
 * type 0 and three zero octets;</li>
 * <li>Attach request: UE network capability EEA0-3 and EIA0-3 (0xf0 0xf0), ESM container a PDN
 * connectivity request (PTI 1, initial request, IPv4), TSC native;</li>
 * <li>Attach accept: a TAI list of TAC 1 in PLMN 001-01; the ESM container holds the record's ESM
 * message under EBI 5 and PTI 1, for an Activate default EPS bearer context request with EPS QoS
 * QCI 9, APN "internet" and PDN address IPv4 0.0.0.0, for other types the bare header; an empty
 * container when the record has none;</li>
 * <li>Detach request from the UE: NAS KSI 7 (no key) and the fixed GUTI; TAU request: the fixed
 * GUTI as old GUTI;</li>
 * <li>Security mode command: replayed UE security capabilities EEA0-3 and EIA0-3 (0xf0 0xf0);</li>
 * <li>a plain ESM message: EPS bearer identity 0 and PTI 0.</li>
 * </ul>
 */
public final class NasEncoder {
    /** IEI of the optional EMM cause (TV). */
    static final int IEI_EMM_CAUSE = 0x53;
    static final int IEI_IMEISV_REQUESTED = 0xc1;
    static final int IEI_FULL_NAME = 0x43;
    static final int IEI_SHORT_NAME = 0x45;
    private static final int NO_KEY = 7;
    private static final byte[] MAC = new byte[4];
    private static final byte[] SECURITY_CAPABILITIES = {(byte) 0xf0, (byte) 0xf0};
    /** PDN connectivity request (8.3.20): EBI 0 and PD 2, PTI 1, type 0xd0, PDN type IPv4 / request type initial. */
    private static final byte[] PDN_CONNECTIVITY_REQUEST = {0x02, 0x01, (byte) 0xd0, 0x11};
    /** TAI list (9.9.3.33) of type 0 with one element: PLMN 001-01, TAC 1. */
    private static final byte[] TAI_LIST = {0x00, 0x00, (byte) 0xf1, 0x10, 0x00, 0x01};
    private static final HexFormat HEX = HexFormat.of();

    private static final Map<Class<?>, Function<NasMessage, byte[]>> WRITERS = Map.ofEntries(
            Map.entry(EmmAttachRequest.class, m -> attachRequest((EmmAttachRequest) m)),
            Map.entry(EmmAttachAccept.class, m -> attachAccept((EmmAttachAccept) m)),
            Map.entry(EmmAttachReject.class, m -> cause(NasMessageNames.ATTACH_REJECT, ((EmmAttachReject) m).emmCause())),
            Map.entry(EmmDetachRequest.class, m -> detachRequest((EmmDetachRequest) m)),
            Map.entry(EmmTrackingAreaUpdateRequest.class, m -> trackingAreaUpdateRequest((EmmTrackingAreaUpdateRequest) m)),
            Map.entry(EmmTrackingAreaUpdateAccept.class, m -> trackingAreaUpdateAccept((EmmTrackingAreaUpdateAccept) m)),
            Map.entry(EmmTrackingAreaUpdateReject.class, m -> cause(NasMessageNames.TRACKING_AREA_UPDATE_REJECT,
                    ((EmmTrackingAreaUpdateReject) m).emmCause())),
            Map.entry(EmmServiceReject.class, m -> cause(NasMessageNames.SERVICE_REJECT, ((EmmServiceReject) m).emmCause())),
            Map.entry(EmmIdentityRequest.class, m -> emm(NasMessageNames.IDENTITY_REQUEST)
                    .u8(((EmmIdentityRequest) m).identityType().code()).toByteArray()),
            Map.entry(EmmIdentityResponse.class, m -> identityResponse((EmmIdentityResponse) m)),
            Map.entry(EmmAuthenticationRequest.class, m -> authenticationRequest((EmmAuthenticationRequest) m)),
            Map.entry(EmmAuthenticationReject.class, m -> emm(NasMessageNames.AUTHENTICATION_REJECT).toByteArray()),
            Map.entry(EmmAuthenticationResponse.class, m -> emm(NasMessageNames.AUTHENTICATION_RESPONSE)
                    .lv(hex(((EmmAuthenticationResponse) m).res(), 4, 16, "RES")).toByteArray()),
            Map.entry(EmmSecurityModeCommand.class, m -> securityModeCommand((EmmSecurityModeCommand) m)),
            Map.entry(EmmSecurityModeComplete.class, m -> emm(NasMessageNames.SECURITY_MODE_COMPLETE).toByteArray()),
            Map.entry(EmmSecurityModeReject.class, m -> cause(NasMessageNames.SECURITY_MODE_REJECT,
                    ((EmmSecurityModeReject) m).cause())),
            Map.entry(EmmInformation.class, m -> emmInformation((EmmInformation) m)),
            Map.entry(EmmStatus.class, m -> cause(NasMessageNames.EMM_STATUS, ((EmmStatus) m).cause())),
            Map.entry(EsmMessage.class, m -> esm((EsmMessage) m, 0, 0)),
            Map.entry(OtherNasMessage.class, m -> other((OtherNasMessage) m)));

    private NasEncoder() {
    }

    /**
     * The plain message (security header type 0).
     *
     * @throws IllegalArgumentException for a SERVICE REQUEST, which exists only under its own
     *                                  header (use {@link #integrityProtected} with type 12), and
     *                                  when a value does not fit its field or would not decode to
     *                                  the same record
     */
    public static byte[] plain(NasMessage message) {
        if (message instanceof EmmServiceRequest) {
            throw new IllegalArgumentException("a SERVICE REQUEST has no plain form; it is security header type 12");
        }
        return WRITERS.get(message.getClass()).apply(message);
    }

    /**
     * The message under a security header (9.1): type 1-5 with the MAC (4 zero octets) and the
     * sequence number (0-255) before the plain message; or, for an {@link EmmServiceRequest} only,
     * type 12 with the 5-bit short sequence number (0-31), KSI and short MAC of the record.
     *
     * @throws IllegalArgumentException for another type, a sequence number out of range, or a
     *                                  message the type does not fit
     */
    public static byte[] integrityProtected(NasMessage message, int securityHeaderType, long sequenceNumber) {
        if (message instanceof EmmServiceRequest request) {
            return serviceRequest(request, securityHeaderType, sequenceNumber);
        }
        if (!SecurityHeaderTypes.isProtected(securityHeaderType)) {
            throw new IllegalArgumentException("security header type " + securityHeaderType
                    + " does not protect a standard message (1-5 do)");
        }
        if (sequenceNumber < 0 || sequenceNumber > 0xff) {
            throw new IllegalArgumentException("NAS sequence number " + sequenceNumber + " out of range 0..255");
        }
        return new OctetWriter().u8(securityHeaderType << 4 | PD_EMM).bytes(MAC).u8((int) sequenceNumber)
                .bytes(plain(message)).toByteArray();
    }

    /** Security header type 12, PD 7; KSI (bits 8-6) and short sequence number; short MAC (8.2.25). */
    private static byte[] serviceRequest(EmmServiceRequest request, int securityHeaderType, long sequenceNumber) {
        if (securityHeaderType != SecurityHeaderTypes.SERVICE_REQUEST) {
            throw new IllegalArgumentException("a SERVICE REQUEST travels under security header type 12, not "
                    + securityHeaderType);
        }
        requireRange("short sequence number", sequenceNumber, 0x1f);
        requireRange("KSI", request.nasKsi(), 7);
        requireRange("short MAC", request.shortMac(), 0xffff);
        return new OctetWriter().u8(SecurityHeaderTypes.SERVICE_REQUEST << 4 | PD_EMM)
                .u8(request.nasKsi() << 5 | (int) sequenceNumber).u16(request.shortMac()).toByteArray();
    }

    private static OctetWriter emm(int messageType) {
        return new OctetWriter().u8(PD_EMM).u8(messageType);
    }

    private static byte[] cause(int messageType, int cause) {
        requireRange("EMM cause", cause, 0xff);
        return emm(messageType).u8(cause).toByteArray();
    }

    private static OctetWriter optionalCause(OctetWriter out, int cause) {
        if (cause >= 0) {
            requireRange("EMM cause", cause, 0xff);
            out.u8(IEI_EMM_CAUSE).u8(cause);
        } else if (cause != -1) {
            throw new IllegalArgumentException("EMM cause " + cause + ": -1 for none, else 0..255");
        }
        return out;
    }

    private static byte[] attachRequest(EmmAttachRequest request) {
        requireRange("EPS attach type", request.attachType(), 7);
        requireRange("NAS key set identifier", request.nasKsi(), 7);
        if ((request.identityType() == EpsIdentityType.IMSI) != (request.imsi() != null)) {
            throw new IllegalArgumentException("an IMSI goes with identity type IMSI only: " + request);
        }
        return emm(NasMessageNames.ATTACH_REQUEST)
                .u8(request.nasKsi() << 4 | request.attachType())
                .lv(EpsMobileIdentity.write(request.identityType(), request.imsi()))
                .lv(SECURITY_CAPABILITIES)
                .u16(PDN_CONNECTIVITY_REQUEST.length).bytes(PDN_CONNECTIVITY_REQUEST)
                .toByteArray();
    }

    private static byte[] attachAccept(EmmAttachAccept accept) {
        requireRange("EPS attach result", accept.attachResult(), 7);
        byte[] container = accept.esmMessage() == null ? new byte[0] : containedEsm(accept.esmMessage());
        OctetWriter out = emm(NasMessageNames.ATTACH_ACCEPT)
                .u8(accept.attachResult())
                .u8(GprsTimer.octet(accept.t3412Seconds()))
                .lv(TAI_LIST)
                .u16(container.length).bytes(container);
        return optionalCause(out, accept.emmCause()).toByteArray();
    }

    /** The container's message under EBI 5, PTI 1; a default bearer request gets its mandatory IEs (8.3.6). */
    private static byte[] containedEsm(EsmMessage message) {
        byte[] header = esm(message, 5, 1);
        if (message.type() != NasMessageNames.ACTIVATE_DEFAULT_EPS_BEARER_CONTEXT_REQUEST) {
            return header;
        }
        byte[] apn = "\binternet".getBytes(StandardCharsets.US_ASCII);
        return new OctetWriter().bytes(header)
                .lv(new byte[] {0x09})
                .lv(apn)
                .lv(new byte[] {0x01, 0, 0, 0, 0})
                .toByteArray();
    }

    private static byte[] detachRequest(EmmDetachRequest request) {
        requireRange("detach type", request.detachType(), 7);
        if (request.ueOriginating()) {
            if (request.emmCause() != -1) {
                throw new IllegalArgumentException("a UE's Detach request carries no EMM cause: " + request);
            }
            return emm(NasMessageNames.DETACH_REQUEST)
                    .u8(NO_KEY << 4 | (request.switchOff() ? 0x08 : 0) | request.detachType())
                    .lv(EpsMobileIdentity.FIXED_GUTI)
                    .toByteArray();
        }
        if (request.switchOff()) {
            throw new IllegalArgumentException("only a UE's Detach request says switch off: " + request);
        }
        return optionalCause(emm(NasMessageNames.DETACH_REQUEST).u8(request.detachType()), request.emmCause())
                .toByteArray();
    }

    private static byte[] trackingAreaUpdateRequest(EmmTrackingAreaUpdateRequest request) {
        requireRange("EPS update type", request.updateType(), 7);
        requireRange("NAS key set identifier", request.nasKsi(), 7);
        return emm(NasMessageNames.TRACKING_AREA_UPDATE_REQUEST)
                .u8(request.nasKsi() << 4 | (request.active() ? 0x08 : 0) | request.updateType())
                .lv(EpsMobileIdentity.FIXED_GUTI)
                .toByteArray();
    }

    private static byte[] trackingAreaUpdateAccept(EmmTrackingAreaUpdateAccept accept) {
        requireRange("EPS update result", accept.updateResult(), 7);
        return optionalCause(emm(NasMessageNames.TRACKING_AREA_UPDATE_ACCEPT).u8(accept.updateResult()),
                accept.emmCause()).toByteArray();
    }

    private static byte[] identityResponse(EmmIdentityResponse response) {
        String digits = response.digits();
        MobileIdentity identity = switch (response.type()) {
            case IMSI -> new MobileIdentity(MobileIdentity.Type.IMSI, digits, -1);
            case IMEI -> new MobileIdentity(MobileIdentity.Type.IMEI, digits, -1);
            case IMEISV -> new MobileIdentity(MobileIdentity.Type.IMEISV, digits, -1);
            case TMSI -> MobileIdentity.tmsi(tmsi(digits));
            case NONE -> new MobileIdentity(MobileIdentity.Type.NONE, noDigits(digits), -1);
            case OTHER -> new MobileIdentity(MobileIdentity.Type.UNKNOWN, noDigits(digits), -1);
        };
        return emm(NasMessageNames.IDENTITY_RESPONSE).lv(MobileIdentityEncoder.value(identity)).toByteArray();
    }

    private static long tmsi(String hex) {
        if (!hex.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("a TMSI is 8 lower-case hex digits, not '" + hex + "'");
        }
        return Long.parseLong(hex, 16);
    }

    private static String noDigits(String digits) {
        if (!digits.isEmpty()) {
            throw new IllegalArgumentException("this identity type carries no digits: " + digits);
        }
        return digits;
    }

    private static byte[] authenticationRequest(EmmAuthenticationRequest request) {
        requireRange("NAS key set identifier", request.nasKsi(), 7);
        return emm(NasMessageNames.AUTHENTICATION_REQUEST)
                .u8(request.nasKsi())
                .bytes(hex(request.rand(), 16, 16, "RAND"))
                .lv(hex(request.autn(), 16, 16, "AUTN"))
                .toByteArray();
    }

    private static byte[] securityModeCommand(EmmSecurityModeCommand command) {
        requireRange("ciphering algorithm", command.cipheringAlgorithm(), 7);
        requireRange("integrity algorithm", command.integrityAlgorithm(), 7);
        requireRange("NAS key set identifier", command.nasKsi(), 7);
        OctetWriter out = emm(NasMessageNames.SECURITY_MODE_COMMAND)
                .u8(command.cipheringAlgorithm() << 4 | command.integrityAlgorithm())
                .u8(command.nasKsi())
                .lv(SECURITY_CAPABILITIES);
        if (command.imeisvRequested()) {
            out.u8(IEI_IMEISV_REQUESTED);
        }
        return out.toByteArray();
    }

    private static byte[] emmInformation(EmmInformation information) {
        OctetWriter out = emm(NasMessageNames.EMM_INFORMATION);
        if (information.fullName() != null) {
            out.tlv(IEI_FULL_NAME, NetworkName.write(information.fullName()));
        }
        if (information.shortName() != null) {
            out.tlv(IEI_SHORT_NAME, NetworkName.write(information.shortName()));
        }
        return out.toByteArray();
    }

    /** EPS bearer identity in bits 8-5 over PD 2, the PTI, the type (8.3, 9.3.2, 9.4). */
    private static byte[] esm(EsmMessage message, int bearer, int pti) {
        requireRange("ESM message type", message.type(), 0xff);
        requireName(message.name(), NasMessageNames.esm(message.type()));
        return new OctetWriter().u8(bearer << 4 | PD_ESM).u8(pti).u8(message.type()).toByteArray();
    }

    private static byte[] other(OtherNasMessage message) {
        int pd = message.protocolDiscriminator();
        if (pd != PD_EMM && pd != PD_TEST) {
            throw new IllegalArgumentException("protocol discriminator " + pd + " is neither EMM (7) nor test (15)");
        }
        requireRange("message type", message.type(), 0xff);
        requireName(message.name(), NasMessageNames.of(pd, message.type()));
        return new OctetWriter().u8(pd).u8(message.type()).toByteArray();
    }

    private static void requireName(String name, String expected) {
        if (!expected.equals(name)) {
            throw new IllegalArgumentException("the message is named '" + expected + "', not '" + name + "'");
        }
    }

    /** Lower-case hex of {@code min}..{@code max} octets, as the decoder writes it. */
    private static byte[] hex(String hex, int min, int max, String field) {
        if (hex == null || !hex.matches("([0-9a-f]{2})*") || hex.length() / 2 < min || hex.length() / 2 > max) {
            throw new IllegalArgumentException(field + " must be " + min + (min == max ? "" : ".." + max)
                    + " octets of lower-case hex, not '" + hex + "'");
        }
        return HEX.parseHex(hex);
    }

    private static void requireRange(String field, long value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " " + value + " out of range 0.." + max);
        }
    }
}
