package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roguewatch.lte.rrc.PagingRecord.UeIdentityType;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/**
 * What tshark must show (tshark 4.0 -T fields, values as numbers or hex, repeated fields joined
 * with ',') for a record we encoded. Every value here comes from the record, none from the bytes.
 * GERAN ARFCN sets are not listed here: tshark shows them in their encoded form, which
 * {@link DedicatedTsharkFixtureTest} expands independently.
 */
final class DedicatedTsharkExpectations {
    private static final HexFormat HEX = HexFormat.of();

    private final Map<String, String> fields = new LinkedHashMap<>();

    private DedicatedTsharkExpectations() {
    }

    static Map<String, String> of(DedicatedRrcMessage message, int transactionId) {
        DedicatedTsharkExpectations out = new DedicatedTsharkExpectations();
        if (message instanceof Paging paging) {
            out.paging(paging);
        } else if (message instanceof RrcConnectionRelease release) {
            out.put("lte-rrc.rrc_TransactionIdentifier", transactionId);
            out.release(release);
        } else if (message instanceof RrcSecurityModeCommand command) {
            out.put("lte-rrc.rrc_TransactionIdentifier", transactionId);
            out.put("lte-rrc.cipheringAlgorithm", command.cipheringAlgorithm());
            out.put("lte-rrc.integrityProtAlgorithm", command.integrityAlgorithm());
        } else if (message instanceof RrcConnectionReject reject) {
            out.put("lte-rrc.waitTime", reject.waitTimeSeconds());
            out.put("lte-rrc.extendedWaitTime_r10", reject.extendedWaitTimeSeconds());
        } else if (message instanceof DlInformationTransfer transfer) {
            out.put("lte-rrc.rrc_TransactionIdentifier", transactionId);
            out.put("lte-rrc.dedicatedInfoType", 0);
            out.put("lte-rrc.dedicatedInfoNAS", HEX.formatHex(transfer.nasPdu()));
        } else if (message instanceof UlInformationTransfer transfer) {
            out.put("lte-rrc.dedicatedInfoType", 0);
            out.put("lte-rrc.dedicatedInfoNAS", HEX.formatHex(transfer.nasPdu()));
        } else if (message instanceof RrcConnectionReconfiguration reconfiguration) {
            out.put("lte-rrc.rrc_TransactionIdentifier", transactionId);
            out.put("lte-rrc.dedicatedInfoNASList", reconfiguration.dedicatedInfoNasList().size());
            out.put("lte-rrc.DedicatedInfoNAS", reconfiguration.dedicatedInfoNasList().stream()
                    .map(HEX::formatHex).collect(Collectors.joining(",")));
        } else if (message instanceof RrcConnectionRequest request) {
            out.request(request);
        } else if (message instanceof RrcConnectionSetupComplete complete) {
            out.put("lte-rrc.rrc_TransactionIdentifier", transactionId);
            out.put("lte-rrc.selectedPLMN_Identity", complete.selectedPlmnIdentity());
            out.put("lte-rrc.dedicatedInfoNAS", HEX.formatHex(complete.nasPdu()));
        } else if (message instanceof RrcSecurityModeComplete complete) {
            out.put("lte-rrc.rrc_TransactionIdentifier", complete.transactionId());
        } else if (message instanceof RrcSecurityModeFailure failure) {
            out.put("lte-rrc.rrc_TransactionIdentifier", failure.transactionId());
        } else {
            out.put("lte-rrc.rrc_TransactionIdentifier", transactionId);
        }
        return out.fields;
    }

    private void paging(Paging paging) {
        List<PagingRecord> records = paging.records();
        put("lte-rrc.pagingRecordList", records.isEmpty() ? null : records.size());
        put("lte-rrc.ue_Identity", join(records.stream().map(r -> r.type().ordinal()).toList()));
        List<PagingRecord> sTmsi = records.stream().filter(r -> r.type() == UeIdentityType.S_TMSI).toList();
        put("lte-rrc.mmec", join(sTmsi.stream().map(r -> String.format("%02x", r.mmec())).toList()));
        put("lte-rrc.m_TMSI", join(sTmsi.stream().map(r -> String.format("%08x", r.mTmsi())).toList()));
        List<PagingRecord> imsi = records.stream().filter(r -> r.type() == UeIdentityType.IMSI).toList();
        put("lte-rrc.imsi", join(imsi.stream().map(r -> r.imsi().length()).toList()));
        put("lte-rrc.IMSI_Digit", join(imsi.stream().flatMap(r -> r.imsi().chars().mapToObj(c -> (char) c)).toList()));
        put("lte-rrc.ng_5G_S_TMSI_r15", join(records.stream().filter(r -> r.type() == UeIdentityType.NG_5G_S_TMSI)
                .map(r -> String.format("%012x", r.mTmsi())).toList()));
        put("lte-rrc.fullI_RNTI_r15", join(records.stream().filter(r -> r.type() == UeIdentityType.I_RNTI)
                .map(r -> String.format("%010x", r.mTmsi())).toList()));
        put("lte-rrc.cn_Domain", join(records.stream().map(r -> r.cnDomain().equals("ps") ? 0 : 1).toList()));
        put("lte-rrc.systemInfoModification", paging.systemInfoModification() ? 0 : null);
        put("lte-rrc.etws_Indication", paging.etwsIndication() ? 0 : null);
    }

    private void release(RrcConnectionRelease release) {
        put("lte-rrc.releaseCause", List.of("loadBalancingTAUrequired", "other", "cs-FallbackHighPriority-v1020",
                "rrc-Suspend-v1320").indexOf(release.releaseCause()));
        List<Object> bandClasses = new ArrayList<>();
        RedirectedCarrierInfo redirect = release.redirectedCarrierInfo();
        if (redirect != null) {
            int carrier = redirect.carriers().isEmpty() ? -1 : redirect.carriers().get(0);
            switch (redirect.rat()) {
                case EUTRA -> {
                    put("lte-rrc.redirectedCarrierInfo", 0);
                    put("lte-rrc.eutra", Math.min(carrier, 65535));
                    put("lte-rrc.eutra_v9e0", carrier > 65535 ? carrier : null);
                }
                case GERAN -> put("lte-rrc.redirectedCarrierInfo", 1);
                case UTRA_FDD -> {
                    put("lte-rrc.redirectedCarrierInfo", 2);
                    put("lte-rrc.utra_FDD", carrier);
                }
                case UTRA_TDD -> {
                    if (redirect.carriers().size() == 1) {
                        put("lte-rrc.redirectedCarrierInfo", 3);
                        put("lte-rrc.utra_TDD", carrier);
                    } else {
                        put("lte-rrc.redirectedCarrierInfo", 6);
                        put("lte-rrc.utra_TDD_r10", redirect.carriers().size());
                        put("lte-rrc.ARFCN_ValueUTRA", join(redirect.carriers()));
                    }
                }
                case CDMA2000_HRPD, CDMA2000_1XRTT -> {
                    put("lte-rrc.redirectedCarrierInfo", redirect.rat() == Rat.CDMA2000_HRPD ? 4 : 5);
                    bandClasses.add(DedicatedNames.bandClassIndex(redirect.cdma2000BandClass()));
                    put("lte-rrc.arfcn", carrier);
                }
                case NR -> {
                    put("lte-rrc.redirectedCarrierInfo", 7);
                    put("lte-rrc.carrierFreq_r15", carrier);
                }
                case OTHER -> throw new IllegalArgumentException("not encodable");
            }
        }
        IdleModeMobilityControlInfo idle = release.idleModeMobilityControlInfo();
        if (idle != null) {
            put("lte-rrc.freqPriorityListEUTRA", idle.eutra().isEmpty() ? null : idle.eutra().size());
            put("lte-rrc.freqPriorityListGERAN", idle.geran().isEmpty() ? null : idle.geran().size());
            put("lte-rrc.freqPriorityListUTRA_FDD", idle.utraFdd().isEmpty() ? null : idle.utraFdd().size());
            put("lte-rrc.freqPriorityListUTRA_TDD", idle.utraTdd().isEmpty() ? null : idle.utraTdd().size());
            put("lte-rrc.bandClassPriorityListHRPD", idle.hrpdBandClasses().isEmpty() ? null
                    : idle.hrpdBandClasses().size());
            put("lte-rrc.bandClassPriorityList1XRTT", idle.oneXrttBandClasses().isEmpty() ? null
                    : idle.oneXrttBandClasses().size());
            List<Object> carriers = new ArrayList<>();
            idle.eutra().forEach(p -> carriers.add(Math.min(p.carrier(), 65535)));
            idle.utraFdd().forEach(p -> carriers.add(p.carrier()));
            idle.utraTdd().forEach(p -> carriers.add(p.carrier()));
            put("lte-rrc.carrierFreq", join(carriers));
            put("lte-rrc.carrierFreq_v9e0", join(idle.eutra().stream().map(FrequencyPriority::carrier)
                    .filter(c -> c > 65535).toList()));
            List<Object> priorities = new ArrayList<>();
            idle.eutra().forEach(p -> priorities.add(p.priority()));
            idle.geran().forEach(p -> priorities.add(p.priority()));
            idle.utraFdd().forEach(p -> priorities.add(p.priority()));
            idle.utraTdd().forEach(p -> priorities.add(p.priority()));
            idle.hrpdBandClasses().forEach(p -> priorities.add(p.priority()));
            idle.oneXrttBandClasses().forEach(p -> priorities.add(p.priority()));
            put("lte-rrc.cellReselectionPriority", join(priorities));
            idle.hrpdBandClasses().forEach(p -> bandClasses.add(p.carrier()));
            idle.oneXrttBandClasses().forEach(p -> bandClasses.add(p.carrier()));
            put("lte-rrc.t320", idle.t320Minutes() == null ? null
                    : List.of(5, 10, 20, 30, 60, 120, 180, -1).indexOf(idle.t320Minutes()));
        }
        put("lte-rrc.bandClass", join(bandClasses));
    }

    private void request(RrcConnectionRequest request) {
        boolean sTmsi = request.ueIdentityKind().equals("s-TMSI");
        put("lte-rrc.ue_Identity", sTmsi ? 0 : 1);
        put("lte-rrc.mmec", sTmsi ? String.format("%02x", request.mmec()) : null);
        put("lte-rrc.m_TMSI", sTmsi ? String.format("%08x", request.ueIdentityValue()) : null);
        put("lte-rrc.randomValue", sTmsi ? null : String.format("%010x", request.ueIdentityValue()));
        put("lte-rrc.establishmentCause", List.of("emergency", "highPriorityAccess", "mt-Access", "mo-Signalling",
                "mo-Data", "delayTolerantAccess-v1020", "mo-VoiceCall-v1280", "spare1")
                .indexOf(request.establishmentCause()));
    }

    private void put(String field, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            fields.put(field, value.toString());
        }
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
