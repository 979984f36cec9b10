package org.roguewatch.observe;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.nas.EmmSecurityModeCommand;
import org.roguewatch.lte.nas.NasDecoder;
import org.roguewatch.lte.nas.NasPdu;
import org.roguewatch.lte.rrc.DlInformationTransfer;
import org.roguewatch.lte.rrc.OtherRrcMessage;
import org.roguewatch.lte.rrc.RrcConnectionReconfiguration;
import org.roguewatch.lte.rrc.RrcConnectionReject;
import org.roguewatch.lte.rrc.RrcConnectionRelease;
import org.roguewatch.lte.rrc.RrcConnectionRequest;
import org.roguewatch.lte.rrc.RrcConnectionSetupComplete;
import org.roguewatch.lte.rrc.UlInformationTransfer;

/**
 * Cuts one LTE cell's dedicated signalling into RRC connections (TS 36.331 5.3.3: setup to release
 * or reject) and puts the NAS messages inside them in order: those carried in RRC containers
 * (DLInformationTransfer, ULInformationTransfer, RRCConnectionSetupComplete,
 * RRCConnectionReconfiguration) are decoded from there; a GSMTAP LTE_NAS frame that repeats the
 * NAS PDU just taken from an RRC frame (LTESniffer and SCAT emit both) is recognised as a copy.
 * A NAS body is read as plain text when the connection's NAS Security Mode Command chose EEA0.
 */
final class LteConnectionTracker {
    /** What a frame did to the connection. */
    enum Outcome { ADDED, NAS_COPY }

    private static final String CHANNEL = "LTE RRC connection";
    private static final int RECENT_NAS = 4;

    private final List<DedicatedTransaction> closed = new ArrayList<>();
    private List<DedicatedStep> open = new ArrayList<>();
    private final List<byte[]> recentNas = new ArrayList<>();
    private boolean nullCipher;

    private final List<NasPdu> lastNas = new ArrayList<>();

    /** The NAS PDUs the last accepted RRC message carried, decoded. */
    List<NasPdu> lastNas() {
        return lastNas;
    }

    Outcome accept(FrameRef ref, boolean uplink, LteMessage message, ByteBuffer rawNas) {
        lastNas.clear();
        if (isSetup(message) || message instanceof RrcConnectionRequest) {
            if (!open.isEmpty() && (message instanceof RrcConnectionRequest || !startedByRequest())) {
                closeOpen(false);
            }
        }
        if (message instanceof NasPdu && rawNas != null && isRecentCopy(rawNas)) {
            return Outcome.NAS_COPY;
        }
        open.add(new DedicatedStep(ref, uplink, message));
        for (byte[] nas : nasInside(message)) {
            addNas(ref, uplink, nas);
        }
        if (message instanceof NasPdu pdu && pdu.message() instanceof EmmSecurityModeCommand command) {
            nullCipher = command.cipheringAlgorithm() == 0;
        }
        if (message instanceof RrcConnectionRelease || message instanceof RrcConnectionReject) {
            closeOpen(true);
        }
        return Outcome.ADDED;
    }

    /** The connection's NAS Security Mode Command selected EEA0: later "ciphered" NAS is readable. */
    boolean nullCipher() {
        return nullCipher;
    }

    List<DedicatedTransaction> transactions() {
        List<DedicatedTransaction> out = new ArrayList<>(closed);
        if (!open.isEmpty()) {
            out.add(new DedicatedTransaction(CHANNEL, open, false));
        }
        return out;
    }

    private boolean startedByRequest() {
        return open.get(0).message() instanceof RrcConnectionRequest;
    }

    private void closeOpen(boolean released) {
        if (!open.isEmpty()) {
            closed.add(new DedicatedTransaction(CHANNEL, open, released));
        }
        open = new ArrayList<>();
        recentNas.clear();
        nullCipher = false;
    }

    private void addNas(FrameRef ref, boolean uplink, byte[] nas) {
        remember(nas);
        Decoded<NasPdu> decoded = nullCipher ? NasDecoder.decodeAssumingNullCipher(ByteBuffer.wrap(nas))
                : NasDecoder.decode(ByteBuffer.wrap(nas));
        NasPdu pdu = decoded.valueOrNull();
        if (pdu != null) {
            open.add(new DedicatedStep(ref, uplink, pdu));
            lastNas.add(pdu);
            if (pdu.message() instanceof EmmSecurityModeCommand command) {
                nullCipher = command.cipheringAlgorithm() == 0;
            }
        }
    }

    private void remember(byte[] nas) {
        recentNas.add(nas);
        if (recentNas.size() > RECENT_NAS) {
            recentNas.remove(0);
        }
    }

    private boolean isRecentCopy(ByteBuffer raw) {
        byte[] bytes = new byte[raw.remaining()];
        raw.get(raw.position(), bytes);
        for (int i = recentNas.size() - 1; i >= 0; i--) {
            if (Arrays.equals(recentNas.get(i), bytes)) {
                recentNas.remove(i);
                return true;
            }
        }
        return false;
    }

    /** The NAS PDUs an RRC message carries (TS 36.331 dedicatedInfoNAS). */
    static List<byte[]> nasInside(LteMessage message) {
        if (message instanceof DlInformationTransfer transfer && transfer.carriesNas()) {
            return List.of(transfer.nasPdu());
        }
        if (message instanceof UlInformationTransfer transfer && transfer.carriesNas()) {
            return List.of(transfer.nasPdu());
        }
        if (message instanceof RrcConnectionSetupComplete complete && complete.dedicatedInfoNas() != null) {
            return List.of(complete.dedicatedInfoNas());
        }
        if (message instanceof RrcConnectionReconfiguration reconfiguration) {
            return reconfiguration.dedicatedInfoNasList();
        }
        return List.of();
    }

    private static boolean isSetup(LteMessage message) {
        return message instanceof OtherRrcMessage other && other.name().equals("RRCConnectionSetup");
    }
}
