package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roguewatch.lte.LteMessage;

/**
 * SystemInformationBlockType1 on BCCH-DL-SCH (TS 36.331 6.2.2): the cell's identity, access rules
 * and the schedule of the other SIBs. Fields from the non-critical extensions are not kept.
 *
 * @param plmns                       plmn-IdentityList, 1..6 entries, every one with its MCC
 * @param trackingAreaCode            16 bits
 * @param cellIdentity                28 bits (eNB id and cell id)
 * @param cellBarred                  cellBarred = barred
 * @param intraFreqReselectionAllowed intraFreqReselection = allowed
 * @param csgIndication               csg-Indication (a closed subscriber group cell)
 * @param csgIdentity                 27 bits, or null when absent
 * @param qRxLevMin                   IE value -70..-22; the minimum level is 2 × value dBm
 * @param qRxLevMinOffset             IE value 1..8 (offset 2 × value dB), or null when absent
 * @param pMax                        dBm, -30..33, or null when absent
 * @param freqBandIndicator           E-UTRA band, 1..64
 * @param schedulingInfo              the SI messages and the SIBs each carries
 * @param siWindowLengthMs            si-WindowLength, ms
 * @param systemInfoValueTag          0..31
 */
public record SystemInformationBlockType1(List<PlmnIdentity> plmns, int trackingAreaCode, long cellIdentity,
                                          boolean cellBarred, boolean intraFreqReselectionAllowed,
                                          boolean csgIndication, Long csgIdentity, int qRxLevMin,
                                          Integer qRxLevMinOffset, Integer pMax, int freqBandIndicator,
                                          List<SchedulingInfo> schedulingInfo, int siWindowLengthMs,
                                          int systemInfoValueTag) implements LteMessage {

    public SystemInformationBlockType1 {
        plmns = List.copyOf(plmns);
        schedulingInfo = List.copyOf(schedulingInfo);
    }

    /**
     * Every SIB type the cell broadcasts: SIB2, which TS 36.331 5.2.1.2 places in the first SI
     * message without listing it in sib-MappingInfo, then each mapped type in schedule order.
     */
    public List<Integer> scheduledSibTypes() {
        Set<Integer> types = new LinkedHashSet<>();
        types.add(2);
        for (SchedulingInfo info : schedulingInfo) {
            types.addAll(info.sibTypes());
        }
        return List.copyOf(new ArrayList<>(types));
    }

    @Override
    public String name() {
        return "SystemInformationBlockType1";
    }

    @Override
    public String info() {
        StringBuilder out = new StringBuilder("PLMN ");
        for (int i = 0; i < plmns.size(); i++) {
            out.append(i == 0 ? "" : ",").append(plmns.get(i).mcc()).append('-').append(plmns.get(i).mnc());
        }
        out.append(" TAC ").append(trackingAreaCode).append(" CI 0x").append(String.format("%07x", cellIdentity));
        if (cellBarred) {
            out.append(" barred");
        }
        if (csgIndication) {
            out.append(" CSG");
        }
        return out.append(" SIBs ").append(scheduledSibTypes()).toString();
    }
}
