package org.roguewatch.gsm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.CmServiceRequest;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.IdentityResponse;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.gsm.mm.LocationUpdatingRequest;
import org.roguewatch.gsm.mm.MmEncoder;
import org.roguewatch.gsm.rr.BaList;
import org.roguewatch.gsm.rr.CellOptions;
import org.roguewatch.gsm.rr.CellSelectionParameters;
import org.roguewatch.gsm.rr.ChannelDescription;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.ControlChannelDescription;
import org.roguewatch.gsm.rr.GprsIndicator;
import org.roguewatch.gsm.rr.ImmediateAssignment;
import org.roguewatch.gsm.rr.PagingRequest;
import org.roguewatch.gsm.rr.PagingResponse;
import org.roguewatch.gsm.rr.RachControlParameters;
import org.roguewatch.gsm.rr.SelectionParameters;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation13;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2bis;
import org.roguewatch.gsm.rr.SystemInformation2quater;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.rr.SystemInformation5;
import org.roguewatch.gsm.rr.SystemInformation6;

/**
 * What tshark must show for a record we encoded, field by field (tshark 4.0 field names). Numbers
 * are compared as numbers, so "0x013e" and "318" agree; lists of ARFCNs as sets. This is the
 * oracle's side of the claim "the bytes mean the record": every value here comes from the record,
 * none from the bytes.
 */
final class TsharkExpectations {
    /** Pseudo-field: tshark's "List of ARFCNs" text items, joined with '|'. */
    static final String ARFCN_LISTS = "arfcn_lists";

    private final Map<String, String> fields = new LinkedHashMap<>();

    private TsharkExpectations() {
    }

    static Map<String, String> of(EncoderFixtureFrames.Frame frame) {
        TsharkExpectations out = new TsharkExpectations();
        out.put("gsmtap.uplink", frame.carrier().equals("abis-up"));
        if (frame.carrier().equals("sacch")) {
            out.put("gsmtap.sacch_l1.power_lev", EncoderFixtureFrames.SACCH_POWER);
            out.put("gsmtap.sacch_l1.ta", EncoderFixtureFrames.SACCH_TA);
            out.put("lapdm.sapi", 0);
        }
        out.message(frame.message());
        return out.fields;
    }

    private void message(GsmMessage message) {
        if (message instanceof SystemInformation1 si1) {
            rr(0x19, 21);
            put("gsm_a.rr.format_id", formatId(si1.cellChannels()));
            arfcns(si1.cellChannels().arfcns());
            rach(si1.rach());
            put("gsm_a.rr.nch_position.present", false);
            put("gsm_a.rr.band_indicator", si1.bandIndicator1900());
        } else if (message instanceof SystemInformation2 si2) {
            rr(0x1a, 22);
            baList(si2.neighbours());
            put("gsm_a.rr.ncc_permitted", si2.nccPermitted());
            rach(si2.rach());
        } else if (message instanceof SystemInformation2bis si2bis) {
            rr(0x02, 21);
            baList(si2bis.neighbours());
            rach(si2bis.rach());
        } else if (message instanceof SystemInformation2ter si2ter) {
            rr(0x03, 18);
            baList(si2ter.neighbours());
        } else if (message instanceof SystemInformation2quater si2quater) {
            rr(0x07, 1);
            put("gsm_a.rr.si2quater_index", si2quater.restOctets().index());
            put("gsm_a.rr.si2quater_count", si2quater.restOctets().count());
        } else if (message instanceof SystemInformation3 si3) {
            rr(0x1b, 18);
            put("gsm_a.bssmap.cell_ci", si3.cellIdentity());
            lai(si3.lai());
            controlChannel(si3.controlChannel());
            cellOptions(si3.cellOptions(), "gsm_a.rr.dtx_bcch");
            cellSelection(si3.cellSelection());
            rach(si3.rach());
            var rest = si3.restOctets();
            selection(rest.selection());
            powerOffset(rest.powerOffset());
            put("gsm_a.rr.system_information_type_2ter", rest.si2terAvailable());
            put("gsm_a.rr.early_classmark_sending", rest.earlyClassmarkSending());
            put("gsm_a.rr.scheduling_if_and_where", rest.schedulingWhere() >= 0);
            put("gsm_a.rr.where", rest.schedulingWhere() >= 0 ? String.valueOf(rest.schedulingWhere()) : "");
            gprs(rest.gprs());
            put("gsm_a.rr.3g_early_classmark_sending_restriction", rest.utranEarlyClassmarkRestricted());
            put("gsm_a.rr.si2quater_indicator", rest.si2quaterPresent());
            put("gsm_a.rr.si2quater_position", rest.si2quaterPresent() ? (rest.si2quaterOnBcchExt() ? "1" : "0") : "");
            put("gsm_a.rr.si21_indicator", false);
        } else if (message instanceof SystemInformation4 si4) {
            rr(0x1c, si4.cbchPresent() ? 16 : 12);
            lai(si4.lai());
            cellSelection(si4.cellSelection());
            rach(si4.rach());
            put("gsm_a.rr.elem_id", si4.cbchPresent() ? "0x64" : "");
            if (si4.cbchPresent()) {
                // the documented default CBCH: SDCCH/4 sub-channel 2, TN 0, TSC 0, ARFCN 0
                channel(new ChannelDescription("SDCCH/4", 2, 0, 0, false, 0, -1, -1));
            }
            selection(si4.restOctets().selection());
            powerOffset(si4.restOctets().powerOffset());
            gprs(si4.restOctets().gprs());
        } else if (message instanceof SystemInformation13 si13) {
            rr(0x00, 0);
            put("gsm_a.rr.bcch_change_mark", si13.restOctets().bcchChangeMark());
            put("gsm_a.rr.rac", si13.restOctets().rac());
        } else if (message instanceof SystemInformation5 si5) {
            rr(switch (si5.variant()) {
                case "5" -> 0x1d;
                case "5bis" -> 0x05;
                default -> 0x06;
            }, 18);
            baList(si5.neighbours());
        } else if (message instanceof SystemInformation6 si6) {
            rr(0x1e, 11);
            put("gsm_a.bssmap.cell_ci", si6.cellIdentity());
            lai(si6.lai());
            cellOptions(si6.cellOptions(), "gsm_a.rr.dtx_sacch");
            put("gsm_a.rr.ncc_permitted", si6.nccPermitted());
            put("gsm_a.rr.band_indicator", false);
        } else if (message instanceof PagingRequest paging) {
            paging(paging);
        } else if (message instanceof ImmediateAssignment assignment) {
            rr(0x3f, 11);
            put("gsm_a.rr.page_mode", assignment.pageMode());
            put("gsm_a.rr.dedicated_mode_or_tbf", assignment.packetAssignment() ? 1 : 0);
            channel(assignment.channel());
            put("gsm_a.rr.ra", assignment.requestReference());
            // Request Reference (10.5.2.30): T1' in bits 16-12, T3 in 11-6, T2 in 5-1 of the frame field.
            put("gsm_a.rr.T1prim", assignment.requestFrame() >>> 11);
            put("gsm_a.rr.T3", (assignment.requestFrame() >>> 5) & 0x3f);
            put("gsm_a.rr.T2", assignment.requestFrame() & 0x1f);
            put("gsm_a.rr.timing_adv", assignment.timingAdvance());
        } else if (message instanceof ChannelRelease release) {
            put("gsm_a.dtap.msg_rr_type", 0x0d);
            put("gsm_a.rr.RRcause", release.rrCause());
        } else if (message instanceof CipheringModeCommand command) {
            put("gsm_a.dtap.msg_rr_type", 0x35);
            put("gsm_a.rr.SC", command.startCiphering());
            put("gsm_a.rr.algorithm_identifier", command.startCiphering() ? String.valueOf(command.algorithm() - 1) : "");
            put("gsm_a.rr.CR", command.imeisvRequested());
        } else if (message instanceof PagingResponse response) {
            put("gsm_a.dtap.msg_rr_type", 0x27);
            put("gsm_a.rr.ciphering_key_seq_num", response.cipheringKeySequence());
            classmark();
            identities(List.of(response.identity()));
        } else {
            mm(message);
        }
    }

    private void mm(GsmMessage message) {
        if (message instanceof IdentityRequest request) {
            put("gsm_a.dtap.msg_mm_type", 0x18);
            put("gsm_a.dtap.type_of_identity", switch (request.identityType()) {
                case IMSI -> 1;
                case IMEI -> 2;
                case IMEISV -> 3;
                case TMSI -> 4;
                default -> 0;
            });
        } else if (message instanceof IdentityResponse response) {
            put("gsm_a.dtap.msg_mm_type", 0x19);
            identities(List.of(response.identity()));
        } else if (message instanceof LocationUpdatingAccept accept) {
            put("gsm_a.dtap.msg_mm_type", 0x02);
            lai(accept.lai());
            identities(accept.identity() == null ? List.of() : List.of(accept.identity()));
            put("gsm_a.dtap.elem_id", accept.followOnProceed() ? "0xa1" : "");
        } else if (message instanceof LocationUpdatingReject reject) {
            put("gsm_a.dtap.msg_mm_type", 0x04);
            put("gsm_a.dtap.rej_cause", reject.rejectCause());
        } else if (message instanceof LocationUpdatingRequest request) {
            put("gsm_a.dtap.msg_mm_type", 0x08);
            put("gsm_a.dtap.updating_type", request.updatingType());
            put("gsm_a.dtap.follow_on_request", false);
            put("gsm_a.dtap.ciphering_key_sequence_number", 7);
            lai(request.lai());
            put("gsm_a.MSC_rev", 2);
            put("gsm_a.A5_1_algorithm_sup", 0);
            identities(List.of(request.identity()));
        } else if (message instanceof AuthenticationRequest auth) {
            put("gsm_a.dtap.msg_mm_type", 0x12);
            put("gsm_a.dtap.ciphering_key_sequence_number", auth.cipheringKeySequence());
            put("gsm_a.dtap.rand", auth.rand());
            put("gsm_a.dtap.autn", auth.umts() ? MmEncoder.FIXED_AUTN_HEX : "");
            put("gsm_a.dtap.elem_id", auth.umts() ? "0x20" : "");
        } else if (message instanceof CmServiceRequest request) {
            put("gsm_a.dtap.msg_mm_type", 0x24);
            put("gsm_a.dtap.service_type", request.serviceType());
            put("gsm_a.dtap.ciphering_key_sequence_number", 7);
            classmark();
            identities(List.of(request.identity()));
        } else {
            throw new IllegalArgumentException("no tshark expectations for " + message);
        }
    }

    private void paging(PagingRequest paging) {
        put("gsm_a.dtap.msg_rr_type", paging.type() == 1 ? 0x21 : paging.type() == 2 ? 0x22 : 0x24);
        put("gsm_a.rr.page_mode", paging.pageMode());
        put("gsm_a.rr.chnl_needed_ch1", 0);
        put("gsm_a.rr.chnl_needed_ch2", 0);
        List<MobileIdentity> ids = paging.identities();
        if (paging.type() == 1) {
            put("gsm_a.rr.l2_pseudo_len", 3 + ids.stream().mapToInt(id -> 1 + MobileIdentityEncoder.value(id).length).sum()
                    + (ids.isEmpty() ? 2 : ids.size() - 1));
            identities(ids.isEmpty() ? List.of(new MobileIdentity(MobileIdentity.Type.NONE, "", -1)) : ids);
        } else {
            // Types 2 and 3: the first TMSIs are bare V fields (gsm_a.tmsi), a third identity is a TLV.
            List<MobileIdentity> bare = ids.subList(0, paging.type() == 2 ? 2 : 4);
            put("gsm_a.tmsi", bare.stream().map(id -> Long.toString(id.tmsi())).collect(Collectors.joining(",")));
            List<MobileIdentity> tlv = ids.subList(bare.size(), ids.size());
            put("gsm_a.rr.l2_pseudo_len", 3 + 4 * bare.size()
                    + tlv.stream().mapToInt(id -> 2 + MobileIdentityEncoder.value(id).length).sum());
            identities(tlv);
        }
    }

    /** Mobile Identity IEs in message order: type, odd/even flag and the value field of each kind. */
    private void identities(List<MobileIdentity> ids) {
        put("gsm_a.ie.mobileid.type", ids.stream().map(id -> Integer.toString(typeCode(id.type())))
                .collect(Collectors.joining(",")));
        put("gsm_a.oddevenind", ids.stream().map(id -> id.digits().length() % 2 == 1 ? "1" : "0")
                .collect(Collectors.joining(",")));
        put("3gpp.tmsi", join(ids, MobileIdentity.Type.TMSI, id -> Long.toString(id.tmsi())));
        put("e212.imsi", join(ids, MobileIdentity.Type.IMSI, MobileIdentity::digits));
        put("gsm_a.imei", join(ids, MobileIdentity.Type.IMEI, MobileIdentity::digits));
        put("gsm_a.imeisv", join(ids, MobileIdentity.Type.IMEISV, MobileIdentity::digits));
    }

    private static String join(List<MobileIdentity> ids, MobileIdentity.Type type,
                               java.util.function.Function<MobileIdentity, String> value) {
        return ids.stream().filter(id -> id.type() == type).map(value).collect(Collectors.joining(","));
    }

    private static int typeCode(MobileIdentity.Type type) {
        return switch (type) {
            case NONE -> 0;
            case IMSI -> 1;
            case IMEI -> 2;
            case IMEISV -> 3;
            case TMSI -> 4;
            case TMGI -> 5;
            case UNKNOWN -> 7;
        };
    }

    /** The fixed classmark (FixedClassmarks): R99 revision, A5/1 and A5/3 available. */
    private void classmark() {
        put("gsm_a.MSC_rev", 2);
        put("gsm_a.A5_1_algorithm_sup", 0);
        put("gsm_a.A5_3_algorithm_sup", 1);
    }

    private void rr(int type, int pseudoLength) {
        put("gsm_a.dtap.msg_rr_type", type);
        put("gsm_a.rr.l2_pseudo_len", pseudoLength);
    }

    private void baList(BaList list) {
        put("gsm_a.rr.format_id", formatId(list.frequencies()));
        put("gsm_a.rr.ba_ind", list.baInd());
        if (list.multibandReporting() >= 0) {
            put("gsm_a.rr.multiband_reporting", list.multibandReporting());
        } else {
            put("gsm_a.rr.ext_ind", list.extInd());
        }
        arfcns(list.arfcns());
    }

    /**
     * tshark 4.0's Format Identifier value (its own coding of 10.5.2.13's format bits, the same for
     * 10.5.2.22 and 10.5.2.22a): bit map 0 0x00, range 1024 0x41, 512 0x44, 256 0x45, 128 0x46,
     * variable bit map 0x47. For bit map 0 it keeps bits 4-2 of the octet, which there are the bits
     * of ARFCNs 124, 123 and 122.
     */
    private static String formatId(org.roguewatch.gsm.rr.FrequencyList list) {
        return switch (list.format().name()) {
            case "BIT_MAP_0" -> String.format("0x%02x", (list.contains(124) ? 4 : 0) | (list.contains(123) ? 2 : 0)
                    | (list.contains(122) ? 1 : 0));
            case "RANGE_1024" -> "0x41";
            case "RANGE_512" -> "0x44";
            case "RANGE_256" -> "0x45";
            case "RANGE_128" -> "0x46";
            default -> "0x47";
        };
    }

    private void arfcns(int[] arfcns) {
        put(ARFCN_LISTS, arfcns.length == 0 ? "" : java.util.Arrays.stream(arfcns).mapToObj(Integer::toString)
                .collect(Collectors.joining(" ")));
    }

    private void rach(RachControlParameters rach) {
        put("gsm_a.rr.max_retrans", rach.maxRetrans());
        put("gsm_a.rr.tx_integer", rach.txInteger());
        put("gsm_a.rr.cell_barr_access", rach.cellBarred());
        put("gsm_a.rr.re", rach.reestablishmentNotAllowed());
        put("gsm_a.rr.acc", rach.accessControlClasses());
    }

    private void lai(LocationAreaId lai) {
        put("e212.lai.mcc", Integer.parseInt(lai.mcc()));
        put("e212.lai.mnc", Integer.parseInt(lai.mnc()));
        put("gsm_a.lac", lai.lac());
    }

    private void controlChannel(ControlChannelDescription ccd) {
        put("gsm_a.rr.mscr", ccd.mscr());
        put("gsm_a.rr.att", ccd.att());
        put("gsm_a.rr.bs_ag_blks_res", ccd.bsAgBlksRes());
        put("gsm_a.rr.ccch_conf", ccd.ccchConf());
        put("gsm_a.rr.cbq3", ccd.cbq3());
        // tshark 4.0 adds 2 (code 0 = 2 multiframes) but keeps the field's 3 bits: code 7 shows as 1.
        put("gsm_a.rr.bs_pa_mfrms", (ccd.bsPaMfrms() + 2) & 0x07);
        put("gsm_a.rr.t3212", ccd.t3212());
    }

    private void cellOptions(CellOptions options, String dtxField) {
        put("gsm_a.rr.pwrc", options.pwrc());
        put(dtxField, options.dtx());
        put("gsm_a.rr.radio_link_timeout", options.radioLinkTimeout());
    }

    private void cellSelection(CellSelectionParameters csp) {
        put("gsm_a.rr.cell_reselect_hyst", csp.cellReselectHysteresis());
        put("gsm_a.rr.ms_txpwr_max_cch", csp.msTxpwrMaxCch());
        put("gsm_a.rr.acs", csp.acs());
        put("gsm_a.rr.neci", csp.neci());
        put("gsm_a.rr.rxlev_access_min", csp.rxlevAccessMin());
    }

    private void selection(SelectionParameters selection) {
        put("gsm_a.rr.selection_parameters", selection != null);
        put("gsm_a.rr.cbq", selection == null ? "" : selection.cbq() ? "1" : "0");
        put("gsm_a.rr.cell_reselect_offset", selection == null ? "" : String.valueOf(selection.cellReselectOffset()));
        put("gsm_a.rr.temporary_offset", selection == null ? "" : String.valueOf(selection.temporaryOffset()));
        put("gsm_a.rr.penalty_time", selection == null ? "" : String.valueOf(selection.penaltyTime()));
    }

    private void powerOffset(int powerOffset) {
        put("gsm_a.rr.power_offset.present", powerOffset >= 0);
        put("gsm_a.rr.power_offset", powerOffset >= 0 ? String.valueOf(powerOffset) : "");
    }

    private void gprs(GprsIndicator gprs) {
        put("gsm_a.rr.gprs_indicator", gprs != null);
        put("gsm_a.rr.gprs_ra_colour", gprs == null ? "" : String.valueOf(gprs.raColour()));
        put("gsm_a.rr.si13_position", gprs == null ? "" : gprs.si13OnBcchExt() ? "1" : "0");
    }

    /** The channel type field tshark fills is named per type; its value is the 5-bit type-and-offset code. */
    private void channel(ChannelDescription channel) {
        String[] typeFields = {"gsm_a.rr.tchf_acchs", "gsm_a.rr.tch_acch", "gsm_a.rr.sdcch4_sdcchc4_cbch",
            "gsm_a.rr.sdcch8_sdcchc8_cbch"};
        String[] types = {"TCH/F", "TCH/H", "SDCCH/4", "SDCCH/8"};
        int[] base = {0x01, 0x02, 0x04, 0x08};
        for (int i = 0; i < types.length; i++) {
            put(typeFields[i], types[i].equals(channel.channelType()) ? String.valueOf(base[i] | channel.subChannel()) : "");
        }
        put("gsm_a.rr.timeslot", channel.timeslot());
        put("gsm_a.rr.training_sequence", channel.tsc());
        put("gsm_a.rr.hopping_channel", channel.hopping());
        put("gsm_a.rr.single_channel_arfcn", channel.hopping() ? "" : String.valueOf(channel.arfcn()));
        put("gsm_a.rr.hopping_channel_maio", channel.hopping() ? String.valueOf(channel.maio()) : "");
        put("gsm_a.rr.hsn", channel.hopping() ? String.valueOf(channel.hsn()) : "");
    }

    private void put(String field, int value) {
        fields.put(field, Integer.toString(value));
    }

    private void put(String field, boolean value) {
        fields.put(field, value ? "1" : "0");
    }

    private void put(String field, String value) {
        fields.put(field, value);
    }
}
