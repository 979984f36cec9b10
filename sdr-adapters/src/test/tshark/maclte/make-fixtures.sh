#!/usr/bin/env bash
# Regenerates the tshark oracle of the MAC-LTE path (org.roguewatch.lte.mac): how tshark 4.0 reads
# the real LTESniffer capture (DLT 147, srsRAN's "mac-lte-framed") down to LTE RRC and NAS. Run it
# by hand after changing what the tests compare; the tests only read what it writes, so they never
# need tshark.
#
# tshark is told what Wireshark users tell it for srsRAN captures: DLT 147 (USER0) is mac-lte-framed,
# BCH/PCH/CCCH go to the RRC dissector, SRB SDUs go through RLC (AM, 10-bit SN) and PDCP (SRB).
#
# Outputs (sdr-adapters/src/test/resources/org/roguewatch/lte/mac/):
#   ltesniffer-mac-frames.tshark.tsv  one row per frame: frame, rnti_type (mac-lte.rnti-type),
#       rnti, crc_status, lcids (DL-SCH/UL-SCH sub-header LCIDs in order), rlc_channel (SRB id),
#       rlc_frame_type (1 data, 0 control), rlc_sn, rlc_repeated (tshark's RLC sequence analysis
#       flags a PDU whose SN was already received), rrc (id of the RRC PDU in the table below)
#   ltesniffer-mac-rrc.tshark.tsv     one row per distinct RRC PDU: id, element (the RRC message
#       element tshark dissected, naming the channel), hex (the bytes tshark handed the RRC
#       dissector: lte_rrc_raw), info (tshark's Info column), outer_nas (names of the NAS messages
#       carried in dedicatedInfoNAS, without ESM messages nested in an EMM ESM message container),
#       then SIB and security fields as tshark shows them
# Multi-valued fields are joined with ','; a missing field is an empty column.
#
# Needs: tshark 4.0, jq, awk.
# Usage: bash sdr-adapters/src/test/tshark/maclte/make-fixtures.sh   (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
shared="${ROGUEWATCH_SHARED:-$repo/../shared}"
capture="$shared/captures/ltesniffer_ltesniffer_dl_mode.pcap"
resources="$repo/sdr-adapters/src/test/resources/org/roguewatch/lte/mac"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

prefs=(
    -o 'uat:user_dlts:"User 0 (DLT=147)","mac-lte-framed","0","","0",""'
    -o mac-lte.attempt_rrc_decode:TRUE
    -o mac-lte.attempt_to_dissect_srb_sdus:TRUE
    -o rlc-lte.call_pdcp_for_srb:TRUE
)

frame_fields=(
    frame.number mac-lte.rnti-type mac-lte.rnti mac-lte.crc-status mac-lte.dlsch.lcid mac-lte.ulsch.lcid
    rlc-lte.channel-id rlc-lte.am.frame-type rlc-lte.am.fixed.sn rlc-lte.sequence-analysis.repeated-frame
)
rrc_fields=(
    _ws.col.Info nas-eps nas_eps.nas_msg_emm_type nas_eps.nas_msg_esm_type nas_eps.emm.esm_msg_cont
    lte-rrc.MCC_MNC_Digit lte-rrc.trackingAreaCode lte-rrc.cellIdentity lte-rrc.cellBarred lte-rrc.q_RxLevMin
    lte-rrc.freqBandIndicator lte-rrc.cellReselectionPriority lte-rrc.threshServingLow lte-rrc.s_NonIntraSearch
    lte-rrc.t300 lte-rrc.t310 lte-rrc.n310 lte-rrc.cipheringAlgorithm lte-rrc.integrityProtAlgorithm
    nas_eps.emm.toc nas_eps.emm.toi
)

args=()
for f in "${frame_fields[@]}" "${rrc_fields[@]}"; do args+=(-e "$f"); done
tshark -r "$capture" "${prefs[@]}" -T fields -E separator=/t -E occurrence=a -E aggregator=, "${args[@]}" \
    2>/dev/null > "$work/fields.tsv"

# The RRC PDU bytes as tshark handed them to the RRC dissector, with the message element naming
# the channel: frame TAB element TAB hex, one row per RRC PDU.
tshark -r "$capture" "${prefs[@]}" -T json -x 2>/dev/null \
    | jq -r '.[]._source.layers | .frame["frame.number"] as $n
             | .. | objects | select((.lte_rrc | type) == "object")
             | [$n, (.lte_rrc | keys[] | select(endswith("_Message_element")) | sub("^lte-rrc\\."; "")
                     | sub("_element$"; "")), .lte_rrc_raw[0]] | @tsv' > "$work/rrc.tsv"

# tshark's own names of the NAS message types, to name the outer NAS messages.
tshark -G values 2>/dev/null | awk -F'\t' '$1 == "V" && ($2 == "nas_eps.nas_msg_emm_type" ||
    $2 == "nas_eps.nas_msg_esm_type") { print $2 "\t" $3 "\t" $4 }' > "$work/nas-names.tsv"

version="$(tshark --version 2>/dev/null | head -1)"
mkdir -p "$resources"
nf=${#frame_fields[@]}
awk -F'\t' -v OFS='\t' -v nf="$nf" -v version="$version" \
    -v frames_out="$resources/ltesniffer-mac-frames.tshark.tsv" \
    -v rrc_out="$resources/ltesniffer-mac-rrc.tshark.tsv" '
    function hexval(s,    i, c, v) {
        s = tolower(s); sub(/^0x/, "", s); v = 0
        for (i = 1; i <= length(s); i++) { c = index("0123456789abcdef", substr(s, i, 1)) - 1; v = v * 16 + c }
        return v
    }
    function count(list,    parts) { return list == "" ? 0 : split(list, parts, ",") }
    # EMM messages are all outer; of the ESM messages, the first esm_msg_cont ones sit inside EMM
    # ESM message containers (tshark dissects a container right after its EMM message).
    function outer_nas(emm, esm, containers,    n, parts, i, out) {
        out = ""
        n = split(emm, parts, ",")
        for (i = 1; i <= n; i++) out = out (out == "" ? "" : ",") names["nas_eps.nas_msg_emm_type", hexval(parts[i])]
        n = split(esm, parts, ",")
        for (i = containers + 1; i <= n; i++) out = out (out == "" ? "" : ",") names["nas_eps.nas_msg_esm_type", hexval(parts[i])]
        return out
    }
    FILENAME ~ /nas-names/ { names[$1, $2] = $3; next }
    FILENAME ~ /rrc.tsv$/ {
        if (($1) in rrc_hex) { print "more than one RRC PDU in frame " $1 > "/dev/stderr"; exit 1 }
        rrc_element[$1] = $2; rrc_hex[$1] = $3; next
    }
    FNR == 1 {
        print "# " version " -r ltesniffer_ltesniffer_dl_mode.pcap (DLT 147 as mac-lte-framed, SRB SDUs via RLC/PDCP)" > frames_out
        print "frame", "rnti_type", "rnti", "crc_status", "lcids", "rlc_channel", "rlc_frame_type", "rlc_sn", "rlc_repeated", "rrc" > frames_out
        print "# " version " -r ltesniffer_ltesniffer_dl_mode.pcap: each distinct RRC PDU, fields from its first frame" > rrc_out
        print "id", "element", "hex", "info", "outer_nas", "mcc_mnc_digits", "tac", "eci", "cell_barred", "q_rx_lev_min", \
            "freq_band", "cell_reselection_priority", "thresh_serving_low", "s_non_intra_search", "t300", "t310", "n310", \
            "ciphering_algorithm", "integrity_algorithm", "nas_toc", "nas_toi" > rrc_out
    }
    {
        frame = $1; lcids = $5 ($5 != "" && $6 != "" ? "," : "") $6; id = ""
        if (frame in rrc_hex) {
            key = rrc_element[frame] SUBSEP rrc_hex[frame]
            if (!(key in ids)) {
                ids[key] = ++distinct
                row = distinct OFS rrc_element[frame] OFS rrc_hex[frame] OFS $(nf + 1) OFS \
                    outer_nas($(nf + 3), $(nf + 4), count($(nf + 5)))
                for (i = nf + 6; i <= NF; i++) row = row OFS $i
                print row > rrc_out
            }
            id = ids[key]
        }
        print frame, $2, $3, $4, lcids, $7, $8, $9, $10, id > frames_out
    }
' "$work/nas-names.tsv" "$work/rrc.tsv" "$work/fields.tsv"

wc -l "$resources/ltesniffer-mac-frames.tshark.tsv" "$resources/ltesniffer-mac-rrc.tshark.tsv"
