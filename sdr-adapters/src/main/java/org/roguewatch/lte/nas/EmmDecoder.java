package org.roguewatch.lte.nas;

import static org.roguewatch.lte.nas.NasMessageNames.PD_EMM;
import static org.roguewatch.lte.nas.NasMessageNames.PD_ESM;

import java.util.HexFormat;
import java.util.Map;
import org.roguewatch.decode.Octets;
import org.roguewatch.gsm.MobileIdentity;

/**
 * Decodes the body of a plain EMM message (TS 24.301 8.2) through one table keyed by message type.
 * Each body decoder reads the imperative part (V, LV, LV-E IEs) in table order. The non-imperative
 * part is read, with {@link OptionalIes}, only where the record keeps an optional field; elsewhere
 * it is left unread, as nothing in it changes the record.
 */
final class EmmDecoder {

    @FunctionalInterface
    private interface Body {
        NasMessage decode(Octets in);
    }

    private static final Body[] BODIES = new Body[256];
    private static final HexFormat HEX = HexFormat.of();

    /** IEI of the optional EMM cause (type 3, 2 octets) in Attach accept, TAU accept and network Detach request. */
    private static final int IEI_EMM_CAUSE = 0x53;
    private static final int IEI_IMEISV_REQUEST = 0xc;
    private static final int IEI_FULL_NAME = 0x43;
    private static final int IEI_SHORT_NAME = 0x45;
    /** 9.9.3.18 / 24.008 10.5.5.10: 001 is "IMEISV requested", every other value "not requested". */
    private static final int IMEISV_REQUESTED = 1;
    /** The UE form of Detach request goes on with its identity's length, at most 11 (a GUTI, 9.9.3.12). */
    private static final int MAX_EPS_IDENTITY_LENGTH = 11;

    // Type 3 (TV) IEs of each message whose optional part is read, IEI to total length (24.301 clause 8).
    private static final Map<Integer, Integer> ATTACH_ACCEPT_TV = Map.of(0x13, 6, 0x53, 2, 0x17, 2, 0x59, 2);
    private static final Map<Integer, Integer> TAU_ACCEPT_TV = Map.of(0x5a, 2, 0x13, 6, 0x53, 2, 0x17, 2, 0x59, 2);
    private static final Map<Integer, Integer> DETACH_REQUEST_TV = Map.of(0x53, 2);
    private static final Map<Integer, Integer> SECURITY_MODE_COMMAND_TV = Map.of(0x55, 5, 0x56, 5);
    private static final Map<Integer, Integer> EMM_INFORMATION_TV = Map.of(0x46, 2, 0x47, 8);

    static {
        BODIES[NasMessageNames.ATTACH_REQUEST] = EmmDecoder::attachRequest;
        BODIES[NasMessageNames.ATTACH_ACCEPT] = EmmDecoder::attachAccept;
        BODIES[NasMessageNames.ATTACH_REJECT] = in -> new EmmAttachReject(cause(in));
        BODIES[NasMessageNames.DETACH_REQUEST] = EmmDecoder::detachRequest;
        BODIES[NasMessageNames.TRACKING_AREA_UPDATE_REQUEST] = EmmDecoder::trackingAreaUpdateRequest;
        BODIES[NasMessageNames.TRACKING_AREA_UPDATE_ACCEPT] = EmmDecoder::trackingAreaUpdateAccept;
        BODIES[NasMessageNames.TRACKING_AREA_UPDATE_REJECT] = in -> new EmmTrackingAreaUpdateReject(cause(in));
        BODIES[NasMessageNames.SERVICE_REJECT] = in -> new EmmServiceReject(cause(in));
        BODIES[NasMessageNames.AUTHENTICATION_REQUEST] = EmmDecoder::authenticationRequest;
        BODIES[NasMessageNames.AUTHENTICATION_RESPONSE] = EmmDecoder::authenticationResponse;
        BODIES[NasMessageNames.AUTHENTICATION_REJECT] = in -> new EmmAuthenticationReject();
        // Identity type 2 in bits 3-1, a spare half octet above (8.2.18).
        BODIES[NasMessageNames.IDENTITY_REQUEST] = in -> new EmmIdentityRequest(
                IdentityType2.of(in.u8("identity type 2") & 0x07));
        BODIES[NasMessageNames.IDENTITY_RESPONSE] = EmmDecoder::identityResponse;
        BODIES[NasMessageNames.SECURITY_MODE_COMMAND] = EmmDecoder::securityModeCommand;
        BODIES[NasMessageNames.SECURITY_MODE_COMPLETE] = in -> new EmmSecurityModeComplete();
        BODIES[NasMessageNames.SECURITY_MODE_REJECT] = in -> new EmmSecurityModeReject(cause(in));
        BODIES[NasMessageNames.EMM_STATUS] = in -> new EmmStatus(cause(in));
        BODIES[NasMessageNames.EMM_INFORMATION] = EmmDecoder::emmInformation;
    }

    private EmmDecoder() {
    }

    /** @param in cursor just after the message type octet */
    static NasMessage decode(int messageType, Octets in) {
        Body body = BODIES[messageType];
        return body == null ? OtherNasMessage.of(PD_EMM, messageType) : body.decode(in);
    }

    private static int cause(Octets in) {
        return in.u8("EMM cause");
    }

    private static int optionalCause(OptionalIes optional) {
        Field cause = optional.get(IEI_EMM_CAUSE);
        return cause == null ? -1 : cause.u8("EMM cause");
    }

    /** EPS attach type in bits 3-1 and NAS KSI in bits 7-5 of one octet; identity; UE network capability; ESM container. */
    private static NasMessage attachRequest(Octets in) {
        int octet = in.u8("EPS attach type / NAS key set identifier");
        EpsMobileIdentity identity = Ies.lv(in, "EPS mobile identity").read(EpsMobileIdentity::read);
        Ies.lv(in, "UE network capability");
        Ies.lvE(in, "ESM message container");
        return new EmmAttachRequest(octet & 0x07, octet >>> 4 & 0x07, identity.type(),
                identity.type() == EpsIdentityType.IMSI ? identity.digits() : null);
    }

    /** EPS attach result (bits 3-1, a spare half octet above), T3412, TAI list, ESM container, then optional IEs. */
    private static NasMessage attachAccept(Octets in) {
        int result = in.u8("EPS attach result") & 0x07;
        int t3412 = GprsTimer.seconds(in.u8("T3412 value"));
        Ies.lv(in, "TAI list");
        Field container = Ies.lvE(in, "ESM message container");
        OptionalIes optional = OptionalIes.read(in, ATTACH_ACCEPT_TV);
        return new EmmAttachAccept(result, t3412, container.read(EmmDecoder::containedEsm), optionalCause(optional));
    }

    /** The ESM message an ESM message container holds (9.9.3.15): EBI and PD, PTI, message type. */
    private static EsmMessage containedEsm(Octets container) {
        if (container.remaining() < 3) {
            return null;
        }
        int pd = container.peek("ESM protocol discriminator") & 0x0f;
        if (pd != PD_ESM) {
            throw container.error("esm-container.protocol-discriminator",
                    "ESM message container holds protocol discriminator " + pd + ", not 2");
        }
        container.skip(2, "EPS bearer identity, PTI");
        return EsmMessage.of(container.u8("ESM message type"));
    }

    private static NasMessage detachRequest(Octets in) {
        int octet = in.u8("detach type");
        int detachType = octet & 0x07;
        if (in.hasRemaining() && in.peek("EPS mobile identity length") <= MAX_EPS_IDENTITY_LENGTH) {
            // UE to network (8.2.11.1): switch off is bit 4, NAS KSI bits 7-5; the identity follows.
            Ies.lv(in, "EPS mobile identity").read(EpsMobileIdentity::read);
            return new EmmDetachRequest(true, detachType, (octet & 0x08) != 0, -1);
        }
        // Network to UE (8.2.11.2): bit 4 and the high half octet are spare.
        return new EmmDetachRequest(false, detachType, false, optionalCause(OptionalIes.read(in, DETACH_REQUEST_TV)));
    }

    /** EPS update type (active flag bit 4, type bits 3-1) and NAS KSI (bits 7-5); old GUTI. */
    private static NasMessage trackingAreaUpdateRequest(Octets in) {
        int octet = in.u8("EPS update type / NAS key set identifier");
        Ies.lv(in, "old GUTI").read(EpsMobileIdentity::read);
        return new EmmTrackingAreaUpdateRequest(octet & 0x07, (octet & 0x08) != 0, octet >>> 4 & 0x07);
    }

    private static NasMessage trackingAreaUpdateAccept(Octets in) {
        int result = in.u8("EPS update result") & 0x07;
        return new EmmTrackingAreaUpdateAccept(result, optionalCause(OptionalIes.read(in, TAU_ACCEPT_TV)));
    }

    /** NAS KSI in bits 3-1 (a spare half octet above), RAND (V, 16), AUTN (LV, 16). */
    private static NasMessage authenticationRequest(Octets in) {
        int ksi = in.u8("NAS key set identifier") & 0x07;
        String rand = HEX.formatHex(in.bytes(16, "RAND"));
        String autn = Ies.lv(in, "AUTN").read(value -> {
            if (value.remaining() != 16) {
                throw value.error("autn.length", "AUTN of " + value.remaining() + " octets, expected 16");
            }
            return HEX.formatHex(value.bytes(16, "AUTN"));
        });
        return new EmmAuthenticationRequest(ksi, rand, autn);
    }

    private static NasMessage authenticationResponse(Octets in) {
        String res = Ies.lv(in, "RES").read(value -> {
            if (value.remaining() < 4 || value.remaining() > 16) {
                throw value.error("res.length", "RES of " + value.remaining() + " octets, expected 4 to 16");
            }
            return HEX.formatHex(value.bytes(value.remaining(), "RES"));
        });
        return new EmmAuthenticationResponse(res);
    }

    private static NasMessage identityResponse(Octets in) {
        MobileIdentity identity = Ies.lv(in, "mobile identity").read(value -> MobileIdentity.read(value, value.remaining()));
        return switch (identity.type()) {
            case NONE -> new EmmIdentityResponse(MobileIdentityType.NONE, "");
            case IMSI -> new EmmIdentityResponse(MobileIdentityType.IMSI, identity.digits());
            case IMEI -> new EmmIdentityResponse(MobileIdentityType.IMEI, identity.digits());
            case IMEISV -> new EmmIdentityResponse(MobileIdentityType.IMEISV, identity.digits());
            case TMSI -> new EmmIdentityResponse(MobileIdentityType.TMSI, String.format("%08x", identity.tmsi()));
            default -> new EmmIdentityResponse(MobileIdentityType.OTHER, "");
        };
    }

    /**
     * Selected NAS security algorithms (9.9.3.23: ciphering bits 7-5, integrity bits 3-1), NAS KSI
     * (bits 3-1, a spare half octet above), replayed UE security capabilities (LV), optional IEs.
     */
    private static NasMessage securityModeCommand(Octets in) {
        int algorithms = in.u8("selected NAS security algorithms");
        int ksi = in.u8("NAS key set identifier") & 0x07;
        Ies.lv(in, "replayed UE security capabilities");
        OptionalIes optional = OptionalIes.read(in, SECURITY_MODE_COMMAND_TV);
        boolean imeisv = (optional.halfOctet(IEI_IMEISV_REQUEST) & 0x07) == IMEISV_REQUESTED;
        return new EmmSecurityModeCommand(algorithms >>> 4 & 0x07, algorithms & 0x07, ksi, imeisv);
    }

    private static NasMessage emmInformation(Octets in) {
        OptionalIes optional = OptionalIes.read(in, EMM_INFORMATION_TV);
        Field full = optional.get(IEI_FULL_NAME);
        Field shortName = optional.get(IEI_SHORT_NAME);
        return new EmmInformation(full == null ? null : full.read(NetworkName::read),
                shortName == null ? null : shortName.read(NetworkName::read));
    }
}
