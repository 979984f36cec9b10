package org.roguewatch.lte.rrc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Paging (TS 36.331 6.2.2), the only PCCH message: whom the network pages, and whether system
 * information changed or an ETWS notification is on air. Its non-critical extensions (CMAS, EAB,
 * eDRX indications) are at the message's tail and not decoded.
 *
 * @param records                the paging records, empty when pagingRecordList is absent
 * @param systemInfoModification systemInfoModification present
 * @param etwsIndication         etws-Indication present
 */
public record Paging(List<PagingRecord> records, boolean systemInfoModification, boolean etwsIndication)
        implements DedicatedRrcMessage {

    public Paging {
        records = List.copyOf(records);
    }

    @Override
    public String name() {
        return "Paging";
    }

    @Override
    public String info() {
        String identities = records.stream().map(PagingRecord::describe).collect(Collectors.joining(", "));
        return (identities.isEmpty() ? "no records" : identities)
                + (systemInfoModification ? " systemInfoModification" : "")
                + (etwsIndication ? " etws-Indication" : "");
    }
}
