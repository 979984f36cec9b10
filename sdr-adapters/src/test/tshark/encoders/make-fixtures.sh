#!/usr/bin/env bash
# Regenerates the tshark oracle fixture of the RR and MM encoders (RrEncoder, MmEncoder).
# Run it by hand after changing an encoder or EncoderFixtureFrames; EncoderTsharkFixtureTest only
# reads what it writes, so the tests never need tshark.
#
#   1. EncoderFixtureFrames (test code) writes "id TAB carrier TAB hex" for every case.
#   2. Each case becomes one GSMTAP v2 datagram (UDP 34567 -> 4729, via text2pcap):
#        bcch / ccch  type UM (1), sub-type BCCH (1) / CCCH (2), payload the 23-octet block
#        sacch        type UM (1), sub-type SDCCH/8 + ACCH (0x88), payload L1 header + LAPDm B4 block
#        abis-down    type Abis (2), payload bare layer 3 (Wireshark 4.0 hands it to gsm_a_dtap)
#        abis-up      the same with the uplink flag (0x4000) in the ARFCN field
#   3. tshark -T fields writes the fields below; tshark -V gives each frame's "List of ARFCNs"
#      lines (joined with '|'); tshark -z expert writes the expert summary of the whole file.
# Outputs (sdr-adapters/src/test/resources/org/roguewatch/gsm/):
#   encoders-tshark.tsv   header row, then: id, carrier, hex, the fields, arfcn_lists
#   encoders-expert.txt   the tshark command and its -z expert -q output
# Multi-valued fields are joined with ','; a missing field is an empty column.
#
# Needs: tshark/text2pcap 4.0, xxd, a JDK, Maven with the project's dependencies offline.
# Usage: bash sdr-adapters/src/test/tshark/encoders/make-fixtures.sh   (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
module="$repo/sdr-adapters"
resources="$module/src/test/resources/org/roguewatch/gsm"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$repo" && mvn -B -o -q -pl sdr-adapters test-compile)
java -cp "$module/target/classes:$module/target/test-classes" \
    org.roguewatch.gsm.EncoderFixtureFrames "$work/frames.tsv"

: > "$work/hex.txt"
n=0
while IFS=$'\t' read -r id carrier hex; do
    fn=$(printf '%08x' $((1000 + n)))
    case "$carrier" in
        # version 2, 4 words, type, TS 0, ARFCN 725 (+ uplink flag), -60 dBm, SNR 20, FN, sub-type,
        # antenna 0, sub-slot 0, padding
        bcch)      header="0204010002d5c414${fn}01000000" ;;
        ccch)      header="0204010002d5c414${fn}02000000" ;;
        sacch)     header="0204010002d5c414${fn}88000000" ;;
        abis-down) header="0204020002d5c414${fn}00000000" ;;
        abis-up)   header="0204020042d5c414${fn}00000000" ;;
        *) echo "unknown carrier $carrier for $id" >&2; exit 1 ;;
    esac
    echo "${header}${hex}" | xxd -r -p | od -Ax -tx1 -v >> "$work/hex.txt"
    n=$((n + 1))
done < "$work/frames.tsv"
text2pcap -q -u 34567,4729 "$work/hex.txt" "$work/encoders.pcap"

fields=(
    gsm_a.dtap.msg_rr_type gsm_a.dtap.msg_mm_type gsm_a.rr.l2_pseudo_len
    gsmtap.uplink gsmtap.sacch_l1.power_lev gsmtap.sacch_l1.ta lapdm.sapi
    gsm_a.rr.format_id gsm_a.rr.ext_ind gsm_a.rr.ba_ind gsm_a.rr.multiband_reporting gsm_a.rr.ncc_permitted
    gsm_a.rr.max_retrans gsm_a.rr.tx_integer gsm_a.rr.cell_barr_access gsm_a.rr.re gsm_a.rr.acc
    gsm_a.rr.nch_position.present gsm_a.rr.band_indicator
    gsm_a.bssmap.cell_ci e212.lai.mcc e212.lai.mnc gsm_a.lac
    gsm_a.rr.mscr gsm_a.rr.att gsm_a.rr.bs_ag_blks_res gsm_a.rr.ccch_conf gsm_a.rr.cbq3 gsm_a.rr.bs_pa_mfrms
    gsm_a.rr.t3212
    gsm_a.rr.pwrc gsm_a.rr.dtx_bcch gsm_a.rr.dtx_sacch gsm_a.rr.radio_link_timeout
    gsm_a.rr.cell_reselect_hyst gsm_a.rr.ms_txpwr_max_cch gsm_a.rr.acs gsm_a.rr.neci gsm_a.rr.rxlev_access_min
    gsm_a.rr.selection_parameters gsm_a.rr.cbq gsm_a.rr.cell_reselect_offset gsm_a.rr.temporary_offset
    gsm_a.rr.penalty_time gsm_a.rr.power_offset.present gsm_a.rr.power_offset
    gsm_a.rr.system_information_type_2ter gsm_a.rr.early_classmark_sending gsm_a.rr.scheduling_if_and_where
    gsm_a.rr.where gsm_a.rr.gprs_indicator gsm_a.rr.gprs_ra_colour gsm_a.rr.si13_position
    gsm_a.rr.3g_early_classmark_sending_restriction gsm_a.rr.si2quater_indicator gsm_a.rr.si2quater_position
    gsm_a.rr.si21_indicator gsm_a.rr.elem_id
    gsm_a.rr.page_mode gsm_a.rr.chnl_needed_ch1 gsm_a.rr.chnl_needed_ch2
    gsm_a.ie.mobileid.type gsm_a.oddevenind gsm_a.tmsi 3gpp.tmsi e212.imsi gsm_a.imei gsm_a.imeisv
    gsm_a.rr.dedicated_mode_or_tbf gsm_a.rr.tchf_acchs gsm_a.rr.tch_acch gsm_a.rr.sdcch4_sdcchc4_cbch
    gsm_a.rr.sdcch8_sdcchc8_cbch gsm_a.rr.timeslot gsm_a.rr.training_sequence
    gsm_a.rr.hopping_channel gsm_a.rr.single_channel_arfcn gsm_a.rr.hopping_channel_maio gsm_a.rr.hsn
    gsm_a.rr.ra gsm_a.rr.T1prim gsm_a.rr.T3 gsm_a.rr.T2 gsm_a.rr.timing_adv
    gsm_a.rr.bcch_change_mark gsm_a.rr.rac gsm_a.rr.si2quater_index gsm_a.rr.si2quater_count
    gsm_a.rr.RRcause gsm_a.rr.SC gsm_a.rr.algorithm_identifier gsm_a.rr.CR gsm_a.rr.ciphering_key_seq_num
    gsm_a.dtap.ciphering_key_sequence_number gsm_a.dtap.type_of_identity gsm_a.dtap.rej_cause
    gsm_a.dtap.updating_type gsm_a.dtap.follow_on_request gsm_a.dtap.service_type gsm_a.dtap.rand
    gsm_a.dtap.autn gsm_a.dtap.elem_id gsm_a.MSC_rev gsm_a.A5_1_algorithm_sup gsm_a.A5_3_algorithm_sup
    _ws.malformed _ws.expert.message
)
args=()
for f in "${fields[@]}"; do args+=(-e "$f"); done
tshark -r "$work/encoders.pcap" -T fields -E separator=/t -E occurrence=a -E aggregator=, \
    "${args[@]}" > "$work/fields.tsv" 2> "$work/tshark.err" || { cat "$work/tshark.err" >&2; exit 1; }

# "List of ARFCNs = 730 733 ..." is a text item of the frequency list IEs, not a field.
tshark -r "$work/encoders.pcap" -V 2>/dev/null | awk '
    /^Frame [0-9]+:/ { if (n) print lists; n++; lists = "" }
    /List of ARFCNs/ { sub(/^.*List of ARFCNs = ?/, ""); lists = lists (lists == "" ? "" : "|") $0 }
    END { print lists }' > "$work/arfcns.tsv"

rows=$(wc -l < "$work/frames.tsv")
[[ $(wc -l < "$work/fields.tsv") == "$rows" && $(wc -l < "$work/arfcns.tsv") == "$rows" ]] || {
    echo "tshark row count differs from the $rows frames" >&2; exit 1; }

version="$(tshark --version 2>/dev/null | head -1)"
{
    printf 'id\tcarrier\thex'
    printf '\t%s' "${fields[@]}"
    printf '\tarfcn_lists\n'
    paste "$work/frames.tsv" "$work/fields.tsv" "$work/arfcns.tsv"
} > "$resources/encoders-tshark.tsv"

expert="$(tshark -r "$work/encoders.pcap" -z expert -q 2>/dev/null)"
{
    echo "# $version"
    echo "# tshark -r encoders.pcap -z expert -q   ($rows frames written by make-fixtures.sh)"
    if [[ -z "$expert" ]]; then
        echo "# (no output: tshark reported no expert information for any frame)"
    else
        echo "$expert"
    fi
} > "$resources/encoders-expert.txt"

echo "wrote $rows frames to $resources/encoders-tshark.tsv ($version)"
cat "$resources/encoders-expert.txt"
