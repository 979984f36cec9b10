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
#   crafted-frames.tshark.tsv         frames written below by hand for what the real capture lacks
#       (BCH, PCCH, uplink CCCH and DCCH with control elements, 15- and 16-bit L, eLCID, padding
#       first, RLC STATUS, SDUs split over PDUs and sharing one, a retransmission, re-segmentation,
#       CRC failure), in order, as one DLT 147 file and once more as UDP datagrams after "mac-lte"
#       (read by tshark's mac_lte_udp heuristic): name, hex (the DLT 147 frame), lcids (sub-header
#       LCIDs, DL or UL), elcids, rlc_repeated, info, rrc (ELEMENT:hex for each RRC PDU tshark
#       decodes, ';'-joined), udp_rrc (the same from the UDP file)
# Multi-valued fields are joined with ','; a missing field is an empty column.
#
# Needs: tshark 4.0, text2pcap, xxd, od, jq, awk.
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
# the channel: frame TAB element TAB hex, one row per RRC PDU, in frame order. (Without
# --no-duplicate-keys, two PDCP PDUs of one RLC PDU would share a JSON key and one would be lost.)
rrc_pdus() {
    tshark -r "$1" "${@:2}" -T json -x --no-duplicate-keys 2>/dev/null \
        | jq -r '.[]._source.layers | .frame["frame.number"] as $n
                 | .. | objects | select((.lte_rrc | type) == "object")
                 | [$n, (.lte_rrc | keys[] | select(endswith("_Message_element")) | sub("^lte-rrc\\."; "")
                         | sub("_element$"; "")), .lte_rrc_raw[0]] | @tsv'
}
rrc_pdus "$capture" "${prefs[@]}" > "$work/rrc.tsv"

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

# Crafted frames. Context: FDD, direction (00 UL, 01 DL), RNTI type, RNTI tag, UEId 0, SFN/SF, CRC
# status (01 OK), payload tag. RLC AM headers: D/C=1 RF P FI(2) E SN(10) [LSF SO(15)] [E LI(11)...];
# PDCP SRB: SN octet, RRC message, MAC-I (zero). RRC bytes are real ones from the capture above.
ctx() {
    echo "01$1$2${3:+02$3}030000""04$4""07${5:-01}01"
}
sib1=406404ab00070019b0181460108280000000
setup=60129b2e661e82f2e0ccc860d30000990a0003e0
ident=0800183aa808
reconf=20161080000006a402801289ccc2184c8081d0808f8180027c554001c0075480704041c1c19cdc9cd85c1b81406b040000c9c220000341020202021402fd827c55400046b35751fb04c27c55400048c17d335751fb189f07d40be3a43c737cb833321834e000263c750f8000f81020410200
emminfo=0801993bc97ef1d8183b0a18c4169dbccbf07e5e59034cc4e3f41d37c9cdeee4f41d22093a283c339fcae0d3a012399202908b8b0000
smcdl=080079b8f6184e90003ae808002787800000
maci=00000000
smcpdcp=02${smcdl}${maci}
crafted=(
    # MIB on the BCH: no RNTI in the downlink.
    "bch-no-rnti	$(ctx 01 00 '' 0010)a4c200"
    "pcch	$(ctx 01 01 fffe 0020)4000"
    "sib1-crc-failed	$(ctx 01 04 ffff 0030 00)${sib1}"
    "rar	$(ctx 01 02 0002 0040)620011940c0046"
    # Short BSR (29), then LCID 0 last: the RRCConnectionRequest.
    "ul-ccch-after-short-bsr	$(ctx 00 03 0046 0050)3d005a4d2a0b1c3e56"
    # Contention resolution identity (28, 6 octets), LCID 0 with L=20, padding.
    "dl-ccch-after-contention-resolution	$(ctx 01 03 0046 0060)3c20141f4d2a0b1c3e56${setup}0000"
    # TA (29), DRX (30), SRB1 with a 15-bit L of 134: one AMD PDU (SN 0, LI 119) with two SDUs.
    "dl-srb1-two-sdus-15bit-l-ta-drx	$(ctx 01 03 0046 0070)3d3e2180861f1f8400077000${reconf}${maci}01${ident}${maci}0000"
    # Two one-byte paddings first, an SRB1 STATUS PDU (ACK_SN 2) with L=2, SRB2 last (SN 0).
    "dl-padding-first-status-srb2	$(ctx 01 03 0046 0080)3f3f2102020008800000${emminfo}${maci}"
    # One SDU over SN 1 (FI 01), 2 (FI 11), 3 (FI 10); the first sub-header uses F2 and a 16-bit L.
    "dl-srb1-sdu-part-1-16bit-l	$(ctx 01 03 0046 0090)61000a1f8801${smcpdcp:0:16}00"
    "dl-srb1-sdu-part-2	$(ctx 01 03 0046 00a0)210a1f9802${smcpdcp:16:16}00"
    "dl-srb1-sdu-part-3	$(ctx 01 03 0046 00b0)019003${smcpdcp:32}"
    "dl-srb1-smc	$(ctx 01 03 0046 00c0)210a1f800403300020${maci}0000"
    # LCID 16 then eLCID 2: logical channel 34, user data.
    "dl-elcid-drb	$(ctx 01 03 0046 00d0)3002041f01020304ff"
    "dl-srb1-smc-retransmitted	$(ctx 01 03 0046 00e0)210a1f800403300020${maci}0000"
    # AMD PDU SN 5 (PDCP SN 4, UECapabilityEnquiry) re-sent as two segments: SO 0, then SO 4 with LSF.
    "dl-srb1-segment-1	$(ctx 01 03 0046 00f0)21081fc80500000438000000"
    "dl-srb1-segment-2	$(ctx 01 03 0046 0100)21081fd00580040000000000"
    # PHR (26), long BSR (30), SRB1 with L=11, padding.
    "ul-srb1-after-phr-long-bsr	$(ctx 00 03 0046 0110)3a3e210b1f3a0000008000004800aabb${maci}00"
    "dl-srb1-release	$(ctx 01 03 0046 0120)21091f8006052802${maci}00"
)
: > "$work/crafted.txt"
: > "$work/crafted-udp.txt"
for row in "${crafted[@]}"; do
    hex=${row#*$'\t'}
    echo "$hex" | xxd -r -p | od -Ax -tx1 -v >> "$work/crafted.txt"
    echo "6d61632d6c7465$hex" | xxd -r -p | od -Ax -tx1 -v >> "$work/crafted-udp.txt"
done
text2pcap -q -l 147 "$work/crafted.txt" "$work/crafted.pcap"
text2pcap -q -u 40000,5847 "$work/crafted-udp.txt" "$work/crafted-udp.pcap"
udp_prefs=(--enable-heuristic mac_lte_udp "${prefs[@]:2}")
rrc_pdus "$work/crafted.pcap" "${prefs[@]}" > "$work/crafted-rrc.tsv"
rrc_pdus "$work/crafted-udp.pcap" "${udp_prefs[@]}" > "$work/crafted-udp-rrc.tsv"
tshark -r "$work/crafted.pcap" "${prefs[@]}" -T fields -E separator=/t -E occurrence=a -E aggregator=, \
    -e frame.number -e mac-lte.dlsch.lcid -e mac-lte.ulsch.lcid -e mac-lte.sch.elcid \
    -e rlc-lte.sequence-analysis.repeated-frame -e _ws.col.Info 2>/dev/null > "$work/crafted-fields.tsv"
printf '%s\n' "${crafted[@]}" > "$work/crafted-names.tsv"
awk -F'\t' -v OFS='\t' -v version="$version" '
    FILENAME ~ /crafted-names/ { name[FNR] = $1; hex[FNR] = $2; next }
    FILENAME ~ /crafted-udp-rrc/ { udp[$1] = udp[$1] (udp[$1] == "" ? "" : ";") $2 ":" $3; next }
    FILENAME ~ /crafted-rrc/ { rrc[$1] = rrc[$1] (rrc[$1] == "" ? "" : ";") $2 ":" $3; next }
    FNR == 1 {
        print "# " version ": frames crafted by make-fixtures.sh, as DLT 147 and as UDP \"mac-lte\" (mac_lte_udp heuristic)"
        print "name", "hex", "lcids", "elcids", "rlc_repeated", "info", "rrc", "udp_rrc"
    }
    { lcids = $2 ($2 != "" && $3 != "" ? "," : "") $3
      print name[$1], hex[$1], lcids, $4, $5, $6, rrc[$1], udp[$1] }
' "$work/crafted-names.tsv" "$work/crafted-udp-rrc.tsv" "$work/crafted-rrc.tsv" "$work/crafted-fields.tsv" \
    > "$resources/crafted-frames.tshark.tsv"

wc -l "$resources/ltesniffer-mac-frames.tshark.tsv" "$resources/ltesniffer-mac-rrc.tshark.tsv" \
    "$resources/crafted-frames.tshark.tsv"
