package org.roguewatch.lte.rrc;

import java.util.List;
import org.roguewatch.lte.per.PerWriter;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/**
 * Writes paging and dedicated RRC messages as unaligned PER (TS 36.331 6.2.1), the inverse of
 * {@link PcchDecoder}, {@link DlCcchDecoder}, {@link DlDcchDecoder}, {@link UlCcchDecoder} and
 * {@link UlDcchDecoder}: the simulator's rogue cells and the tests' frames. Each method returns the
 * complete message, zero-padded to whole octets. Invalid records are programmer errors and throw
 * {@link IllegalArgumentException}.
 */
public final class LteDedicatedEncoder {
    private static final int DL_DCCH_C1 = 16;
    private static final int UL_DCCH_C1 = 16;

    private LteDedicatedEncoder() {
    }

    /** PCCH-Message with the Paging message. */
    public static byte[] paging(Paging paging) {
        PerWriter out = new PerWriter().bit(false); // c1 (its single alternative, paging, takes no bits)
        out.bit(!paging.records().isEmpty()).bit(paging.systemInfoModification()).bit(paging.etwsIndication())
                .bit(false);
        if (!paging.records().isEmpty()) {
            out.length(paging.records().size(), 1, 16);
            paging.records().forEach(record -> pagingRecord(out, record));
        }
        return out.toBytes();
    }

    private static void pagingRecord(PerWriter out, PagingRecord record) {
        out.bit(false); // no extension additions
        switch (record.type()) {
            case S_TMSI -> out.choice(0, 2, true).bits(record.mmec(), 8).bits(record.mTmsi(), 32);
            case IMSI -> {
                out.choice(1, 2, true).length(record.imsi().length(), 6, 21);
                for (char digit : record.imsi().toCharArray()) {
                    out.constrained(digit - '0', 0, 9);
                }
            }
            case NG_5G_S_TMSI ->
                    DedicatedPer.extensionChoice(out, 0, new PerWriter().bits(record.mTmsi(), 48).toBytes());
            case I_RNTI -> DedicatedPer.extensionChoice(out, 1, new PerWriter().bits(record.mTmsi(), 40).toBytes());
            case UNKNOWN -> throw new IllegalArgumentException("an unknown paging identity cannot be encoded");
        }
        out.constrained(DedicatedNames.indexOf(DedicatedNames.CN_DOMAINS, record.cnDomain(), "cn-Domain"), 0, 1);
    }

    /** DL-CCCH-Message with RRCConnectionReject (and extendedWaitTime-r10 in its v1020 extension). */
    public static byte[] rrcConnectionReject(RrcConnectionReject reject) {
        PerWriter out = new PerWriter().bit(false).constrained(2, 0, 3);
        DedicatedPer.writeC1First(out, 4);
        boolean extended = reject.extendedWaitTimeSeconds() != null;
        out.bit(extended).constrained(reject.waitTimeSeconds(), 1, 16);
        if (extended) {
            out.bit(false).bit(true); // v8a0: no lateNonCriticalExtension, v1020 present
            out.bit(true).bit(false).constrained(reject.extendedWaitTimeSeconds(), 1, 1800);
        }
        return out.toBytes();
    }

    /**
     * DL-CCCH-Message with a minimal RRCConnectionSetup: an empty radioResourceConfigDedicated (no
     * list, no MAC or physical configuration), enough to be recognised.
     */
    public static byte[] rrcConnectionSetup(int transactionId) {
        PerWriter out = new PerWriter().bit(false).constrained(3, 0, 3).constrained(transactionId, 0, 3);
        DedicatedPer.writeC1First(out, 8);
        out.bit(false); // no nonCriticalExtension
        out.bit(false).bits(0, 6); // RadioResourceConfigDedicated: no extension, six absent components
        return out.toBytes();
    }

    public static byte[] rrcConnectionRelease(RrcConnectionRelease release) {
        return rrcConnectionRelease(release, 0);
    }

    /**
     * DL-DCCH-Message with RRCConnectionRelease; EARFCNs above 65535 go into the v9e0 late
     * non-critical extension with maxEARFCN in the r8 fields, as TS 36.331 prescribes.
     */
    public static byte[] rrcConnectionRelease(RrcConnectionRelease release, int transactionId) {
        RedirectedCarrierInfo redirect = release.redirectedCarrierInfo();
        IdleModeMobilityControlInfo idle = release.idleModeMobilityControlInfo();
        byte[] v9e0 = releaseV9e0(redirect, idle);
        PerWriter out = dlDcch(5, transactionId);
        DedicatedPer.writeC1First(out, 4);
        out.bit(redirect != null).bit(idle != null).bit(v9e0 != null);
        out.constrained(DedicatedNames.indexOf(DedicatedNames.RELEASE_CAUSES, release.releaseCause(), "releaseCause"),
                0, 3);
        if (redirect != null) {
            RedirectedCarrierInfoCodec.write(out, redirect);
        }
        if (idle != null) {
            IdleModeMobilityCodec.write(out, idle);
        }
        if (v9e0 != null) {
            out.bit(true).bit(false).octets(v9e0); // v890: lateNonCriticalExtension only
        }
        return out.toBytes();
    }

    /** RRCConnectionRelease-v9e0-IEs when some EARFCN exceeds maxEARFCN, else null. */
    private static byte[] releaseV9e0(RedirectedCarrierInfo redirect, IdleModeMobilityControlInfo idle) {
        boolean redirectHigh = redirect != null && redirect.rat() == Rat.EUTRA && redirect.carriers().size() == 1
                && redirect.carriers().get(0) > DedicatedPer.MAX_EARFCN;
        boolean idleHigh = idle != null
                && idle.eutra().stream().anyMatch(entry -> entry.carrier() > DedicatedPer.MAX_EARFCN);
        if (!redirectHigh && !idleHigh) {
            return null;
        }
        PerWriter out = new PerWriter().bit(redirectHigh).bit(idleHigh).bit(false);
        if (redirectHigh) {
            out.constrained(redirect.carriers().get(0), DedicatedPer.MAX_EARFCN + 1, DedicatedPer.MAX_EARFCN2);
        }
        if (idleHigh) {
            out.length(idle.eutra().size(), 1, 8);
            for (FrequencyPriority entry : idle.eutra()) {
                boolean high = entry.carrier() > DedicatedPer.MAX_EARFCN;
                out.bit(high);
                if (high) {
                    out.constrained(entry.carrier(), DedicatedPer.MAX_EARFCN + 1, DedicatedPer.MAX_EARFCN2);
                }
            }
        }
        return out.toBytes();
    }

    public static byte[] securityModeCommand(RrcSecurityModeCommand command) {
        return securityModeCommand(command, 0);
    }

    /** DL-DCCH-Message with SecurityModeCommand. */
    public static byte[] securityModeCommand(RrcSecurityModeCommand command, int transactionId) {
        PerWriter out = dlDcch(6, transactionId);
        DedicatedPer.writeC1First(out, 4);
        out.bit(false); // no nonCriticalExtension
        out.bit(false); // SecurityConfigSMC: no extension additions
        out.enumerated(command.cipheringAlgorithm(), 8, true).enumerated(command.integrityAlgorithm(), 8, true);
        return out.toBytes();
    }

    /** DL-DCCH-Message with DLInformationTransfer (r8) carrying {@code nas}. */
    public static byte[] dlInformationTransfer(byte[] nas, int transactionId) {
        PerWriter out = dlDcch(1, transactionId);
        DedicatedPer.writeC1First(out, 4);
        out.bit(false).choice(0, 3, false).octets(nas);
        return out.toBytes();
    }

    /**
     * DL-DCCH-Message with RRCConnectionReconfiguration (r8) carrying only dedicatedInfoNASList: no
     * measurement, mobility or radio resource configuration.
     */
    public static byte[] rrcConnectionReconfiguration(List<byte[]> nasList, int transactionId) {
        PerWriter out = dlDcch(4, transactionId);
        DedicatedPer.writeC1First(out, 8);
        boolean list = !nasList.isEmpty();
        out.bit(false).bit(false).bit(list).bit(false).bit(false).bit(false);
        if (list) {
            out.length(nasList.size(), 1, 11);
            nasList.forEach(out::octets);
        }
        return out.toBytes();
    }

    /** UL-CCCH-Message with RRCConnectionRequest. */
    public static byte[] rrcConnectionRequest(RrcConnectionRequest request) {
        PerWriter out = new PerWriter().bit(false).constrained(1, 0, 1).bit(false);
        if (RrcConnectionRequest.S_TMSI.equals(request.ueIdentityKind())) {
            out.choice(0, 2, false).bits(request.mmec(), 8).bits(request.ueIdentityValue(), 32);
        } else if (RrcConnectionRequest.RANDOM_VALUE.equals(request.ueIdentityKind())) {
            out.choice(1, 2, false).bits(request.ueIdentityValue(), 40);
        } else {
            throw new IllegalArgumentException("unknown InitialUE-Identity " + request.ueIdentityKind());
        }
        out.constrained(DedicatedNames.indexOf(DedicatedNames.ESTABLISHMENT_CAUSES, request.establishmentCause(),
                "establishmentCause"), 0, 7);
        return out.bit(false).toBytes(); // spare
    }

    /** UL-DCCH-Message with ULInformationTransfer (r8) carrying {@code nas}. */
    public static byte[] ulInformationTransfer(byte[] nas) {
        PerWriter out = new PerWriter().bit(false).constrained(9, 0, UL_DCCH_C1 - 1);
        DedicatedPer.writeC1First(out, 4);
        out.bit(false).choice(0, 3, false).octets(nas);
        return out.toBytes();
    }

    /** UL-DCCH-Message with RRCConnectionSetupComplete, without registeredMME. */
    public static byte[] rrcConnectionSetupComplete(RrcConnectionSetupComplete complete, int transactionId) {
        PerWriter out = new PerWriter().bit(false).constrained(4, 0, UL_DCCH_C1 - 1).constrained(transactionId, 0, 3);
        DedicatedPer.writeC1First(out, 4);
        out.bit(false).bit(false).constrained(complete.selectedPlmnIdentity(), 1, 6).octets(complete.nasPdu());
        return out.toBytes();
    }

    /** UL-DCCH-Message with SecurityModeComplete. */
    public static byte[] securityModeComplete(RrcSecurityModeComplete complete) {
        return new PerWriter().bit(false).constrained(5, 0, UL_DCCH_C1 - 1).constrained(complete.transactionId(), 0, 3)
                .bit(false).bit(false).toBytes();
    }

    /** UL-DCCH-Message with SecurityModeFailure. */
    public static byte[] securityModeFailure(RrcSecurityModeFailure failure) {
        return new PerWriter().bit(false).constrained(6, 0, UL_DCCH_C1 - 1).constrained(failure.transactionId(), 0, 3)
                .bit(false).bit(false).toBytes();
    }

    private static PerWriter dlDcch(int message, int transactionId) {
        return new PerWriter().bit(false).constrained(message, 0, DL_DCCH_C1 - 1).constrained(transactionId, 0, 3);
    }
}
