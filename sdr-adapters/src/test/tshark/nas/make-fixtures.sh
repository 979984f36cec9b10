#!/usr/bin/env bash
# Regenerates the tshark oracle fixtures of the LTE NAS decoder and encoder (org.roguewatch.lte.nas).
# Run it by hand after changing the encoder or NasFixtureFrames; the tests only read what it writes,
# so they never need tshark.
#
#   1. The real capture ../shared/captures/ltesniffer_ltesniffer_dl_mode_gsmtap.pcap: every frame
#      tshark dissects as NAS EPS (GSMTAP LTE_NAS frames and LTE_RRC frames with dedicatedInfoNAS),
#      dissected twice: with tshark's default nas-eps.null_decipher TRUE (a body under security
#      header type 2/4 whose first octet looks plain is read as EEA0 output) and with it FALSE
#      ("Ciphered message"). NasDecoder.decodeAssumingNullCipher must match the first, decode the
#      second.
#   2. NasFixtureFrames (test code) writes "id TAB carrier TAB hex" for every encoder case; each
#      becomes one GSMTAP v2 LTE_NAS datagram (UDP 34567 -> 4729, via text2pcap): type 0x12,
#      sub-type 0 for a plain PDU and 1 for a protected one, the uplink flag (0x4000 in the ARFCN
#      field) for UE-to-network messages; dissected with default preferences.
# Outputs (sdr-adapters/src/test/resources/org/roguewatch/lte/nas/):
#   capture-tshark.tsv     header row, then: null_decipher, the fields below (frame.number first)
#   encoder-tshark.tsv     header row, then: id, carrier, hex, the fields below
#   encoder-expert.txt     the tshark command and its -z expert -q output for the encoder frames
#   tshark-names.tsv       tshark's value strings for EMM/ESM message types and EMM causes
# Multi-valued fields are joined with ','; a missing field is an empty column.
#
# Needs: tshark/text2pcap 4.0, xxd, od, a JDK, Maven with the project's dependencies offline.
# Usage: bash sdr-adapters/src/test/tshark/nas/make-fixtures.sh   (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
module="$repo/sdr-adapters"
resources="$module/src/test/resources/org/roguewatch/lte/nas"
capture="${ROGUEWATCH_SHARED:-$repo/../shared}/captures/ltesniffer_ltesniffer_dl_mode_gsmtap.pcap"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$resources"

fields=(
    frame.number gsmtap.type gsmtap.uplink
    lte-rrc.dedicatedInfoNAS lte-rrc.DedicatedInfoNAS
    nas_eps.security_header_type nas_eps.msg_auth_code nas_eps.seq_no nas_eps.ciphered_msg
    nas_eps.nas_msg_emm_type nas_eps.nas_msg_esm_type nas_eps.bearer_id nas_eps.esm.proc_trans_id
    nas_eps.seq_no_short nas_eps.emm.short_mac
    nas_eps.emm.id_type2 nas_eps.emm.type_of_id nas_eps.emm.odd_even e212.imsi nas_eps.emm.imei
    nas_eps.emm.m_tmsi gsm_a.ie.mobileid.type gsm_a.imei gsm_a.imeisv 3gpp.tmsi
    nas_eps.emm.toc nas_eps.emm.toi nas_eps.emm.tsc nas_eps.emm.nas_key_set_id nas_eps.emm.imeisv_req
    nas_eps.emm.cause nas_eps.emm.eps_att_type nas_eps.emm.EPS_attach_result
    gsm_a.gm.gmm.gprs_timer_unit gsm_a.gm.gmm.gprs_timer_value
    nas_eps.emm.detach_type_ul nas_eps.emm.detach_type_dl nas_eps.emm.switch_off
    nas_eps.emm.update_type_value nas_eps.emm.active_flg nas_eps.emm.eps_update_result_value
    gsm_a.dtap.rand gsm_a.dtap.autn nas_eps.emm.res
    gsm_a.dtap.coding_scheme gsm_a.dtap.number_of_spare_bits gsm_a.dtap.text_string
    nas_eps.emm.elem_id gsm_a.dtap.elem_id nas_eps.common.elem_id
    _ws.col.Info _ws.malformed _ws.expert.message
)
args=()
for f in "${fields[@]}"; do args+=(-e "$f"); done

tshark_fields() { # pcap, extra options...
    local pcap="$1"; shift
    tshark -r "$pcap" "$@" -T fields -E separator=/t -E occurrence=a -E aggregator=, "${args[@]}" 2> "$work/tshark.err" \
        || { cat "$work/tshark.err" >&2; exit 1; }
}

version="$(tshark --version 2>/dev/null | head -1)"

# 1. The real capture, both ways.
{
    printf '# %s; %s\n' "$version" "$(basename "$capture")"
    printf 'null_decipher'
    printf '\t%s' "${fields[@]}"
    printf '\n'
    for nd in TRUE FALSE; do
        tshark_fields "$capture" -Y nas-eps -o "nas-eps.null_decipher:$nd" | sed "s/^/$nd\t/"
    done
} > "$resources/capture-tshark.tsv"

# 2. The encoder frames.
(cd "$repo" && mvn -B -o -q -pl sdr-adapters test-compile)
java -cp "$module/target/classes:$module/target/test-classes" \
    org.roguewatch.lte.nas.NasFixtureFrames "$work/frames.tsv"

: > "$work/hex.txt"
n=0
while IFS=$'\t' read -r id carrier hex; do
    fn=$(printf '%08x' $((1000 + n)))
    case "$carrier" in
        # version 2, 4 words, type LTE_NAS, TS 0, ARFCN 0 (+ uplink flag), signal 0, SNR 0, FN,
        # sub-type (0 plain, 1 security protected), antenna 0, sub-slot 0, padding
        dl-plain)     header="0204120000000000${fn}00000000" ;;
        dl-protected) header="0204120000000000${fn}01000000" ;;
        ul-plain)     header="0204120040000000${fn}00000000" ;;
        ul-protected) header="0204120040000000${fn}01000000" ;;
        *) echo "unknown carrier $carrier for $id" >&2; exit 1 ;;
    esac
    echo "${header}${hex}" | xxd -r -p | od -Ax -tx1 -v >> "$work/hex.txt"
    n=$((n + 1))
done < "$work/frames.tsv"
text2pcap -q -u 34567,4729 "$work/hex.txt" "$work/encoder.pcap"

tshark_fields "$work/encoder.pcap" > "$work/fields.tsv"
rows=$(wc -l < "$work/frames.tsv")
[[ $(wc -l < "$work/fields.tsv") == "$rows" ]] || { echo "tshark row count differs from the $rows frames" >&2; exit 1; }
{
    printf 'id\tcarrier\thex'
    printf '\t%s' "${fields[@]}"
    printf '\n'
    paste "$work/frames.tsv" "$work/fields.tsv"
} > "$resources/encoder-tshark.tsv"

expert="$(tshark -r "$work/encoder.pcap" -z expert -q 2>/dev/null)"
{
    echo "# $version"
    echo "# tshark -r encoder.pcap -z expert -q   ($rows frames written by make-fixtures.sh)"
    if [[ -z "$expert" ]]; then
        echo "# (no output: tshark reported no expert information for any frame)"
    else
        echo "$expert"
    fi
} > "$resources/encoder-expert.txt"

# 3. tshark's own names, to hold our tables against.
{
    echo "# $version; tshark -G values"
    tshark -G values 2>/dev/null | awk -F'\t' '$1 == "V" && ($2 == "nas_eps.nas_msg_emm_type" \
        || $2 == "nas_eps.nas_msg_esm_type" || $2 == "nas_eps.emm.cause") { print $2 "\t" $3 "\t" $4 }'
} > "$resources/tshark-names.tsv"

echo "wrote $(($(wc -l < "$resources/capture-tshark.tsv") - 2)) capture rows and $rows encoder frames ($version)"
cat "$resources/encoder-expert.txt"
