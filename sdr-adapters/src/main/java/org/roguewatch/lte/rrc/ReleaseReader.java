package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/**
 * RRCConnectionRelease after its DL-DCCH message index (TS 36.331 6.2.2): the r8 IEs, and from the
 * v890 late non-critical extension the v9e0 EARFCNs above 65535 (where the r8 field says
 * maxEARFCN). The regular non-critical extensions from v920 on are the message's tail; nothing
 * we report follows them, so they are left unread.
 */
final class ReleaseReader {
    private ReleaseReader() {
    }

    static DedicatedRrcMessage read(PerReader in) {
        in.constrainedInt(0, 3); // rrc-TransactionIdentifier
        if (DedicatedPer.criticalExtensionC1(in, 4) != 0) {
            return new OtherRrcMessage(DedicatedNames.DL_DCCH, "RRCConnectionRelease");
        }
        boolean[] present = in.optionals(3); // redirectedCarrierInfo, idleModeMobilityControlInfo, nonCritical
        String cause = DedicatedNames.RELEASE_CAUSES[in.constrainedInt(0, 3)];
        RedirectedCarrierInfo redirect = present[0] ? RedirectedCarrierInfoCodec.read(in) : null;
        IdleModeMobilityControlInfo idle = present[1] ? IdleModeMobilityCodec.read(in) : null;
        if (present[2]) {
            boolean[] v890 = in.optionals(2); // lateNonCriticalExtension, nonCriticalExtension (v920)
            if (v890[0]) {
                byte[] late = in.octets();
                V9e0 extension = readV9e0(new PerReader(ByteBuffer.wrap(late), DedicatedPer.LAYER));
                redirect = extension.apply(redirect);
                idle = extension.apply(idle);
            }
        }
        return new RrcConnectionRelease(cause, redirect, idle);
    }

    /** RRCConnectionRelease-v9e0-IEs: the EARFCNs above maxEARFCN, or null where absent. */
    private record V9e0(Integer redirectEarfcn, List<Integer> idleEarfcns) {
        RedirectedCarrierInfo apply(RedirectedCarrierInfo redirect) {
            if (redirectEarfcn == null || redirect == null || redirect.rat() != Rat.EUTRA
                    || redirect.carriers().get(0) != DedicatedPer.MAX_EARFCN) {
                return redirect;
            }
            return RedirectedCarrierInfo.eutra(redirectEarfcn);
        }

        IdleModeMobilityControlInfo apply(IdleModeMobilityControlInfo idle) {
            if (idle == null || idleEarfcns.isEmpty()) {
                return idle;
            }
            List<FrequencyPriority> eutra = new ArrayList<>(idle.eutra());
            for (int i = 0; i < Math.min(eutra.size(), idleEarfcns.size()); i++) {
                Integer extended = idleEarfcns.get(i);
                if (extended != null && eutra.get(i).carrier() == DedicatedPer.MAX_EARFCN) {
                    eutra.set(i, new FrequencyPriority(extended, eutra.get(i).priority()));
                }
            }
            return new IdleModeMobilityControlInfo(eutra, idle.geran(), idle.utraFdd(), idle.utraTdd(),
                    idle.hrpdBandClasses(), idle.oneXrttBandClasses(), idle.t320Minutes());
        }
    }

    private static V9e0 readV9e0(PerReader in) {
        // redirectedCarrierInfo-v9e0, idleModeMobilityControlInfo-v9e0, nonCriticalExtension
        boolean[] present = in.optionals(3);
        Integer redirect = present[0] ? in.constrainedInt(DedicatedPer.MAX_EARFCN + 1, DedicatedPer.MAX_EARFCN2) : null;
        List<Integer> idle = new ArrayList<>();
        if (present[1]) {
            int count = in.length(1, 8);
            for (int i = 0; i < count; i++) {
                boolean carrier = in.optionals(1)[0];
                idle.add(carrier ? in.constrainedInt(DedicatedPer.MAX_EARFCN + 1, DedicatedPer.MAX_EARFCN2) : null);
            }
        }
        return new V9e0(redirect, idle);
    }
}
