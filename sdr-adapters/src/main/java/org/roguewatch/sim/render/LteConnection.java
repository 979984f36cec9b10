package org.roguewatch.sim.render;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.lte.nas.EmmAttachReject;
import org.roguewatch.lte.nas.EmmAuthenticationRequest;
import org.roguewatch.lte.nas.EmmIdentityRequest;
import org.roguewatch.lte.nas.EmmSecurityModeCommand;
import org.roguewatch.lte.nas.IdentityType2;
import org.roguewatch.lte.nas.NasEncoder;
import org.roguewatch.lte.nas.NasMessage;
import org.roguewatch.lte.nas.SecurityHeaderTypes;
import org.roguewatch.lte.rrc.LteDedicatedEncoder;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo;
import org.roguewatch.lte.rrc.RrcConnectionRelease;
import org.roguewatch.lte.rrc.RrcSecurityModeCommand;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.LteRogueBehaviour;

/**
 * The downlink of one UE's RRC connection (TS 36.331 5.3.3) carrying its attach (TS 24.301
 * 5.5.1), as a passive probe hears it: RRCConnectionSetup on DL-CCCH, then on DL-DCCH each NAS
 * message in a DLInformationTransfer — sent again as a GSMTAP LTE_NAS frame (sub-type 0 plain, 1
 * security protected), as LTESniffer and SCAT emit them — and the RRC Security Mode Command and
 * release. Between two downlink messages the UE answers on the uplink, which the probe does not
 * hear: 20 to 50 ms pass (the RACH procedure before the setup takes 12 ms).
 *
 * <p>A genuine attach: an Identity Request for the IMSI only when the network does not know the
 * UE's GUTI (one attach in four here), then Authentication Request, NAS Security Mode Command
 * (EEA2/EIA2, integrity protected with the new context: security header type 3) and RRC Security
 * Mode Command (EEA2/EIA2). From then on PDCP ciphers the DCCH (TS 33.401 7.2.4.5): a probe decodes
 * nothing more of the connection, so nothing more is written.
 *
 * <p>A rogue cell's victim: the configured Identity Requests, never an authentication (the catcher
 * holds no key); optionally NAS and RRC Security Mode Command with EEA0/EIA0; optionally an Attach
 * Reject (sent plain, as 24.301 4.4.4.2 lets a UE accept it); then RRCConnectionRelease, with
 * RedirectedCarrierInfo geran naming the configured GSM ARFCN when there is one.
 */
final class LteConnection {
    /**
     * One frame: absolute subframe, GSMTAP type and sub-type, payload, and the index of the message
     * it carries within the connection: the two frames of one NAS message (in DLInformationTransfer
     * and as LTE_NAS) share it, so a receiver gets both or neither; -1 for a frame on its own.
     */
    record Frame(long subframe, int type, int subType, byte[] payload, int message) {
    }

    /** The frames in time order, what the connection did (rogue cells only, else null), its last subframe. */
    record Result(List<Frame> frames, LteVisit truth, long lastSubframe) {
    }

    /** From the RACH preamble to RRCConnectionSetup (Msg4): random access response, Msg3, contention resolution. */
    private static final int SETUP_DELAY_MS = 12;
    private static final int MIN_ANSWER_MS = 20;
    private static final int ANSWER_SPREAD_MS = 31;
    /** One attach in four asks for the IMSI: a UE new to the network, or whose GUTI the MME lost. */
    private static final int IDENTITY_REQUEST_ONE_IN = 4;
    private static final int EEA2 = 2;
    private static final int EIA2 = 2;
    private static final int NULL_ALGORITHM = 0;
    private static final HexFormat HEX = HexFormat.of();

    private final List<Frame> frames = new ArrayList<>();
    private final Random random;
    private long cursor;
    private int rrcTransaction;
    private int messages;

    private LteConnection(long requestSubframe, Random random) {
        this.random = random;
        this.cursor = requestSubframe + SETUP_DELAY_MS;
        frames.add(new Frame(cursor, GsmtapType.LTE_RRC, LteRrcChannel.DL_CCCH,
                LteDedicatedEncoder.rrcConnectionSetup(nextTransaction()), -1));
    }

    /** A UE attaching to an operator cell, from its RACH preamble at {@code requestSubframe}. */
    static Result genuineAttach(long requestSubframe, Random random) {
        LteConnection c = new LteConnection(requestSubframe, random);
        if (random.nextInt(IDENTITY_REQUEST_ONE_IN) == 0) {
            c.nas(new EmmIdentityRequest(IdentityType2.IMSI), false);
        }
        int ksi = random.nextInt(7); // 7 means "no key available"
        c.nas(new EmmAuthenticationRequest(ksi, c.hex(16), c.hex(16)), false);
        c.security(EEA2, EIA2, ksi);
        return new Result(List.copyOf(c.frames), null, c.cursor);
    }

    /** A UE caught by the rogue {@code cell}, from its RACH preamble at {@code requestSubframe}. */
    static Result rogueVisit(LteCell cell, long requestSubframe, Random random, LteClock clock) {
        LteRogueBehaviour behaviour = cell.behaviour();
        LteConnection c = new LteConnection(requestSubframe, random);
        List<String> asked = new ArrayList<>();
        for (IdentityType2 type : behaviour.identityRequests()) {
            c.nas(new EmmIdentityRequest(type), false);
            asked.add(type.name());
        }
        if (behaviour.nullSecurity()) {
            c.security(NULL_ALGORITHM, NULL_ALGORITHM, 0);
        }
        if (behaviour.attachRejectCause() != null) {
            c.nas(new EmmAttachReject(behaviour.attachRejectCause()), false);
        }
        RedirectedCarrierInfo redirect = cell.redirectArfcn() == null ? null
                // The band indicator only tells DCS 1800 from PCS 1900 for ARFCNs 512..810 (TS 36.331 6.3.4).
                : RedirectedCarrierInfo.geran(List.of(cell.redirectArfcn()), "dcs1800");
        c.next();
        c.frames.add(new Frame(c.cursor, GsmtapType.LTE_RRC, LteRrcChannel.DL_DCCH, LteDedicatedEncoder
                .rrcConnectionRelease(new RrcConnectionRelease("other", redirect, null), c.nextTransaction()), -1));
        LteVisit truth = new LteVisit(cell.id(), clock.nanos(c.frames.get(0).subframe()), asked, behaviour.nullSecurity(),
                behaviour.attachRejectCause(), cell.redirectArfcn());
        return new Result(List.copyOf(c.frames), truth, c.cursor);
    }

    /** NAS then RRC Security Mode Command; the NAS one integrity protected under the new context. */
    private void security(int eea, int eia, int ksi) {
        nas(new EmmSecurityModeCommand(eea, eia, ksi, false), true);
        next();
        frames.add(new Frame(cursor, GsmtapType.LTE_RRC, LteRrcChannel.DL_DCCH,
                LteDedicatedEncoder.securityModeCommand(new RrcSecurityModeCommand(eea, eia), nextTransaction()), -1));
    }

    /** A NAS message in DLInformationTransfer and the same PDU as an LTE_NAS frame. */
    private void nas(NasMessage message, boolean integrityProtected) {
        byte[] pdu = integrityProtected
                ? NasEncoder.integrityProtected(message, SecurityHeaderTypes.INTEGRITY_PROTECTED_NEW_CONTEXT, 0)
                : NasEncoder.plain(message);
        next();
        int index = messages++;
        frames.add(new Frame(cursor, GsmtapType.LTE_RRC, LteRrcChannel.DL_DCCH,
                LteDedicatedEncoder.dlInformationTransfer(pdu, nextTransaction()), index));
        frames.add(new Frame(cursor, GsmtapType.LTE_NAS, integrityProtected ? 1 : 0, pdu, index));
    }

    /** The UE's answer on the uplink, then the network's next downlink message. */
    private void next() {
        cursor += MIN_ANSWER_MS + random.nextInt(ANSWER_SPREAD_MS);
    }

    /** RRC-TransactionIdentifier, 0..3, one per procedure in turn. */
    private int nextTransaction() {
        int id = rrcTransaction;
        rrcTransaction = (rrcTransaction + 1) & 3;
        return id;
    }

    private String hex(int octets) {
        byte[] bytes = new byte[octets];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }
}
