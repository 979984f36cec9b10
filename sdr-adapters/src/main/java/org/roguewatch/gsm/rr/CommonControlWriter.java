package org.roguewatch.gsm.rr;

import java.util.List;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.MobileIdentityEncoder;
import org.roguewatch.gsm.OctetWriter;

/**
 * Paging Request Type 1/2/3 (TS 44.018 9.1.22-9.1.24) and Immediate Assignment (9.1.18) as
 * {@link BbisMessage}s for the CCCH. Fields the records do not keep are written as:
 * <ul>
 * <li>Channel Needed (10.5.2.8, high half of the page mode octet and in P2 rest octets): 00, any
 * channel;</li>
 * <li>P1/P2/P3 Rest Octets (10.5.2.23-25): all L (no NLN, priorities, packet page indications);</li>
 * <li>Immediate Assignment: Dedicated mode or TBF (10.5.2.25b) is 0000 or 0001 (TBF, uplink, no
 * TMA); Mobile Allocation (10.5.2.21) empty; IA Rest Octets (10.5.2.16) all L.</li>
 * </ul>
 */
final class CommonControlWriter {
    static final int PAGING_REQUEST_1 = 0x21;
    static final int PAGING_REQUEST_2 = 0x22;
    static final int PAGING_REQUEST_3 = 0x24;
    static final int IMMEDIATE_ASSIGNMENT = 0x3f;

    private CommonControlWriter() {
    }

    static BbisMessage pagingRequest(PagingRequest paging) {
        Fields.requireRange("page mode", paging.pageMode(), 2);
        List<MobileIdentity> ids = paging.identities();
        for (MobileIdentity id : ids) {
            if (id.type() == MobileIdentity.Type.NONE) {
                // The decoder drops the "no identity" filler, so such an entry could not come back.
                throw new IllegalArgumentException("paged identities exclude the \"no identity\" filler");
            }
        }
        OctetWriter out;
        switch (paging.type()) {
            case 1 -> {
                if (ids.size() > 2) {
                    throw new IllegalArgumentException("Paging Request Type 1 pages 0 to 2 identities, not " + ids.size());
                }
                out = SystemInformationWriter.header(PAGING_REQUEST_1).u8(paging.pageMode());
                // An empty page still carries Mobile Identity 1: the "no identity" type (9.1.22.1).
                out.bytes(MobileIdentityEncoder.lv(ids.isEmpty() ? new MobileIdentity(MobileIdentity.Type.NONE, "", -1)
                        : ids.get(0)));
                if (ids.size() == 2) {
                    out.u8(MobileIdentityEncoder.IEI).bytes(MobileIdentityEncoder.lv(ids.get(1)));
                }
            }
            case 2 -> {
                if (ids.size() < 2 || ids.size() > 3) {
                    throw new IllegalArgumentException("Paging Request Type 2 pages 2 TMSIs and optionally a third identity, not "
                            + ids.size() + " identities");
                }
                out = SystemInformationWriter.header(PAGING_REQUEST_2).u8(paging.pageMode())
                        .u32(tmsi(ids.get(0))).u32(tmsi(ids.get(1)));
                if (ids.size() == 3) {
                    out.u8(MobileIdentityEncoder.IEI).bytes(MobileIdentityEncoder.lv(ids.get(2)));
                }
            }
            case 3 -> {
                if (ids.size() != 4) {
                    throw new IllegalArgumentException("Paging Request Type 3 pages 4 TMSIs, not " + ids.size());
                }
                out = SystemInformationWriter.header(PAGING_REQUEST_3).u8(paging.pageMode());
                for (MobileIdentity id : ids) {
                    out.u32(tmsi(id));
                }
            }
            default -> throw new IllegalArgumentException("no Paging Request Type " + paging.type());
        }
        return new BbisMessage(out.toByteArray(), null);
    }

    static BbisMessage immediateAssignment(ImmediateAssignment assignment) {
        Fields.requireRange("page mode", assignment.pageMode(), 2);
        Fields.requireRange("request reference RA", assignment.requestReference(), 8);
        Fields.requireRange("request reference T1'/T3/T2", assignment.requestFrame(), 16);
        Fields.requireRange("timing advance", assignment.timingAdvance(), 6);
        OctetWriter out = SystemInformationWriter.header(IMMEDIATE_ASSIGNMENT)
                .u8((assignment.packetAssignment() ? 0x10 : 0) | assignment.pageMode());
        ChannelDescriptionWriter.write(out, assignment.channel());
        out.u8(assignment.requestReference()).u16(assignment.requestFrame())
                .u8(assignment.timingAdvance())
                .u8(0); // Mobile Allocation, LV: empty
        return new BbisMessage(out.toByteArray(), null);
    }

    /** The V-format TMSI of Paging Request Type 2 and 3 (10.5.2.42): 4 octets. */
    private static long tmsi(MobileIdentity id) {
        if (id.type() != MobileIdentity.Type.TMSI || !id.digits().isEmpty()) {
            throw new IllegalArgumentException("this paging position holds a TMSI, not " + id);
        }
        if (id.tmsi() < 0 || id.tmsi() > 0xffffffffL) {
            throw new IllegalArgumentException("TMSI " + id.tmsi() + " out of range");
        }
        return id.tmsi();
    }
}
