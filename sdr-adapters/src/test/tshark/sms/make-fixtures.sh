#!/usr/bin/env bash
# Builds the SMS oracle fixture: short messages as layer-3 DTAP (CP-DATA / CP-ACK / CP-ERROR) in
# GSMTAP, dissected by tshark, with the fields our decoder must agree with.
#
# Input messages: everything SmsFixtureMessages (our SmsDeliverEncoder) produces, plus the
# hand-written hex messages below (SMS-SUBMIT in every validity period format, status reports,
# RP-ACK / RP-ERROR / RP-SMMA, CP-ACK / CP-ERROR, UDH variants, reserved codings, odd escapes).
#
# Carrier: GSMTAP type 0x02 (ABIS). Wireshark 4.0's GSMTAP dissector hands an ABIS payload to
# gsm_a_dtap, so a bare L3 message needs no LAPDm framing (checked: "GSM A-I/F DTAP - CP-DATA").
# The uplink flag in the ARFCN field marks MS-to-network messages.
#
# Output: src/test/resources/org/roguewatch/gsm/sms/tshark-sms.tsv, one row per message:
#   id, uplink, l3 hex, then the tshark fields named in the header row (multiple occurrences
#   joined with ','; tshark writes control characters in text as C escapes such as \r).
#   Column scts_timezone_shown is the Timezone item's display text (the field value alone
#   has no sign); cp_name, rp_name and tpdu_name are the message names in tshark's titles.
#
# Where tshark 4.0 departs from the specs (undefined GSM escapes, reserved DCS codings, the
# 7-octet enhanced TP-VP) SmsTsharkFixtureTest.KNOWN_DIFFERENCES names the rows and the clause.
#
# Needs: tshark/text2pcap 4.0, a JDK, Maven with the project's dependencies available offline.
# Usage: bash sdr-adapters/src/test/tshark/sms/make-fixtures.sh   (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
module="$repo/sdr-adapters"
out="$module/src/test/resources/org/roguewatch/gsm/sms/tshark-sms.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$repo" && mvn -B -o -q -pl sdr-adapters test-compile)
java -cp "$module/target/classes:$module/target/test-classes" \
    org.roguewatch.gsm.sms.SmsFixtureMessages "$work/messages.tsv"

# ---- helpers for the hand-written messages -------------------------------------------------
lv() { printf '%02x%s' $(( ${#1} / 2 )) "$1"; }                 # length-prefixed hex
septets() { local s=$1 i; for ((i = 0; i < ${#s}; i++)); do printf '%d ' "'${s:i:1}"; done; }
# pack7 OFFSET SEPTET...: GSM 7-bit packing (TS 23.038 6.1.2.1) starting at septet OFFSET; the
# octets holding the first OFFSET septets are omitted except a shared partial octet.
pack7() {
    local off=$1; shift
    local n=$# total bytes i s b o sh
    total=$(( (off + n) * 7 )); bytes=$(( (total + 7) / 8 ))
    local -a oct=()
    for ((i = 0; i < bytes; i++)); do oct[i]=0; done
    i=$off
    for s in "$@"; do
        b=$(( i * 7 )); o=$(( b / 8 )); sh=$(( b % 8 ))
        oct[o]=$(( oct[o] | ((s << sh) & 255) ))
        if (( sh > 1 )); then oct[o + 1]=$(( oct[o + 1] | (s >> (8 - sh)) )); fi
        i=$(( i + 1 ))
    done
    for ((i = off * 7 / 8; i < bytes; i++)); do printf '%02x' "${oct[i]}"; done
}
smsc=07911326040000f0                                           # RP address +31624000000
oa=0b911316325476f8                                             # TP address 31612345678
scts=62304121005000                                             # 2026-03-14 12:00:05 +00:00
# 2025-12-31 23:59:59; zone octet 0x99: tens 1 with the sign bit, units 9 -> -19 quarters = -04:45.
scts_west=52211332959599
hellohello=e8329bfd4697d9ec37                                   # "hellohello", 10 septets
mt() { echo "$1	0	$(printf '%02x01' "$2")$(lv "$3")"; }      # id, TI/PD octet, RPDU (downlink)
mo() { echo "$1	1	$(printf '%02x01' "$2")$(lv "$3")"; }      # the same, uplink
rp_mt() { echo "01${1}${smsc}00$(lv "$2")"; }                   # RP-DATA network->MS: MR, TPDU
rp_mo() { echo "00${1}00${smsc}$(lv "$2")"; }                   # RP-DATA MS->network: MR, TPDU

{
    cat "$work/messages.tsv"
    # SMS-DELIVER, hand-written
    mt deliver-hellohello 0x19 "$(rp_mt 07 "04${oa}0000${scts}0a${hellohello}")"
    mt deliver-zone-minus-0445 0x19 "$(rp_mt 08 "04${oa}0000${scts_west}0a${hellohello}")"
    mt deliver-sri-rp-lp 0x29 "$(rp_mt 09 "ac${oa}0000${scts}0a${hellohello}")"
    mt deliver-more-waiting 0x29 "$(rp_mt 0a "00${oa}0000${scts}0a${hellohello}")"
    # 16-bit concatenation reference 0x1234, part 1 of 2: the 7-octet header fills 8 septets.
    mt deliver-concat16 0x39 "$(rp_mt 0b "44${oa}0000${scts}1206080412340201${hellohello}")"
    # Text formatting IE (kept raw) after 8-bit concatenation: 11 header octets, 3 fill bits.
    mt deliver-udh-raw-ie 0x49 \
        "$(rp_mt 0c "44${oa}0000${scts}170a00030502010a03000501$(pack7 13 $(septets hellohello))")"
    # Application ports: WAP push, 16-bit (destination 2948, originator 9200), 8-bit data.
    mt deliver-wap-push 0x49 "$(rp_mt 0d "44${oa}0004${scts}0d0605040b8423f0010603c4af87")"
    # 8-bit ports (0x10, 0x20), DCS 0xf5 (8-bit data, class 1).
    mt deliver-ports-8bit 0x49 "$(rp_mt 0e "44${oa}00f5${scts}09040402102061626364")"
    # Reserved codings are read as GSM 7-bit (TS 23.038 clause 4).
    mt deliver-reserved-alphabet 0x59 "$(rp_mt 0f "04${oa}000c${scts}0a${hellohello}")"
    mt deliver-reserved-group 0x59 "$(rp_mt 10 "04${oa}0080${scts}0a${hellohello}")"
    # Compressed GSM 7-bit: TP-UDL counts octets (TS 23.040 9.2.3.16).
    mt deliver-compressed 0x59 "$(rp_mt 11 "04${oa}0020${scts}04deadbeef")"
    # Escapes: an undefined extension code (ESC 'A'), ESC ESC, and a text ending in ESC.
    mt deliver-escape-unknown 0x69 "$(rp_mt 12 "04${oa}0000${scts}04$(pack7 0 97 27 65 98)")"
    mt deliver-escape-escape 0x69 "$(rp_mt 13 "04${oa}0000${scts}05$(pack7 0 97 27 27 120 27)")"
    # Control characters in text: LF, FF (ESC 0x0A), CR.
    mt deliver-controls 0x69 "$(rp_mt 14 "04${oa}0000${scts}07$(pack7 0 97 10 98 27 10 13 99)")"
    # Alphanumeric sender with an odd semi-octet count ("Info": 4 septets in 7 semi-octets).
    mt deliver-alpha-info 0x69 "$(rp_mt 15 "0407d0$(pack7 0 $(septets Info))0000${scts}0a${hellohello}")"
    # SMS-SUBMIT, uplink, in every validity period format
    mo submit-relative-vp 0x29 "$(rp_mo 21 "1105${oa}0000aa0a${hellohello}")"
    mo submit-no-vp-srr-rd 0x29 "$(rp_mo 22 "2506${oa}00000a${hellohello}")"
    mo submit-absolute-vp 0x29 "$(rp_mo 23 "1907${oa}0000${scts_west}0a${hellohello}")"
    mo submit-enhanced-vp 0x29 "$(rp_mo 24 "0908${oa}0000423c0000000000000a${hellohello}")"
    mo submit-ucs2-udh 0x29 "$(rp_mo 25 "5109${oa}0008ff0c050003aa0101004800690021")"
    # SMS-STATUS-REPORT, without and with the optional parameters
    mt status-report 0x59 "$(rp_mt 31 "0605${oa}${scts}${scts_west}00")"
    mt status-report-pi 0x59 "$(rp_mt 32 "2606${oa}${scts}${scts}4107000005${hellohello:0:10}")"
    # RP-ACK both ways (MS to network with an SMS-DELIVER-REPORT), RP-ERROR both ways, RP-SMMA
    mt rp-ack-n2ms 0xa9 "032a"
    mo rp-ack-ms2n 0xb9 "022a41020000"
    mo rp-error-ms2n 0xb9 "042b0116"
    mt rp-error-n2ms 0xa9 "052c022a05"
    mo rp-smma 0x29 "062d"
    # CP-ACK and CP-ERROR (no CP-User data)
    echo "cp-ack	0	c904"
    echo "cp-ack-uplink	1	0904"
    echo "cp-error	0	391051"
    # TIO 111: the TI value (here 1) follows in an extension octet (TS 24.007 11.2.3.1.3).
    echo "cp-ack-extended-ti	0	f98104"
} > "$work/all.tsv"

# ---- pcap via text2pcap: GSMTAP v2 header (16 octets, type ABIS) + L3 ----------------------
: > "$work/hex.txt"
while IFS=$'\t' read -r id uplink hex; do
    arfcn=0000; [[ $uplink == 1 ]] && arfcn=4000
    echo "0000 $(echo "02040200${arfcn}00000000000000000000${hex}" | sed 's/../& /g')" >> "$work/hex.txt"
done < "$work/all.tsv"
text2pcap -q -u 34567,4729 "$work/hex.txt" "$work/sms.pcap"

fields=(
    gsm_a.dtap.msg_sms_type gsm_a.dtap.ti_flag gsm_a.dtap.tio gsm_a.dtap.tie gsm_a.dtap.cp_cause
    gsm_a.rp.msg_type gsm_a.rp.rp_message_reference gsm_a.dtap.cld_party_bcd_num gsm_a.rp.cause
    gsm_sms.tp-mti gsm_sms.tp-mms gsm_sms.tp-lp gsm_sms.tp-sri gsm_sms.tp-srr gsm_sms.tp-srq
    gsm_sms.tp-rd gsm_sms.tp-rp gsm_sms.tp-udhi gsm_sms.tp-mr
    gsm_sms.tp-oa gsm_sms.tp-da gsm_sms.tp-ra
    gsm_sms.dis_field_addr.num_type gsm_sms.dis_field_addr.num_plan
    gsm_sms.tp-pid gsm_sms.tp-dcs gsm_sms.dcs.message_class_defined gsm_sms.dcs.message_class
    gsm_sms.dcs.character_set gsm_sms.dcs.text_compressed
    gsm_sms.scts.year gsm_sms.scts.month gsm_sms.scts.day gsm_sms.scts.hour gsm_sms.scts.minutes
    gsm_sms.scts.seconds gsm_sms.scts.timezone
    gsm_sms.tp-vpf gsm_sms.vp.validity_period gsm_sms.dis_field.definition gsm_sms.dis_field.st_error
    gsm_sms.dis.field_st_reason
    gsm_sms.tp.user_data_length gsm_sms.dis_field_udh.user_data_header_length gsm_sms.ie_identifier
    gsm_sms.udh.mm.msg_id gsm_sms.udh.mm.msg_parts gsm_sms.udh.mm.msg_part
    gsm_sms.destination_port gsm_sms.originator_port
    gsm_sms.sms_text
    _ws.malformed _ws.expert.message
)
args=()
for f in "${fields[@]}"; do args+=(-e "$f"); done
tshark -r "$work/sms.pcap" -o gsm_sms.reassemble:FALSE -T fields -E separator=/t -E occurrence=a \
    -E aggregator=, "${args[@]}" > "$work/fields.tsv" 2>/dev/null

# From the PDML: the Timezone item's display text (its value alone carries no sign) and the
# message names tshark shows in the DTAP, RP and TPDU protocol titles.
tshark -r "$work/sms.pcap" -o gsm_sms.reassemble:FALSE -T pdml 2>/dev/null | awk '
    function shown() { match($0, /showname="[^"]*"/); return substr($0, RSTART + 10, RLENGTH - 11) }
    /<packet>/ { n++; zone[n] = ""; cp[n] = ""; rp[n] = ""; tp[n] = "" }
    /name="gsm_sms.scts.timezone"/ { zone[n] = zone[n] (zone[n] == "" ? "" : ",") shown() }
    /<proto name="gsm_a.dtap"/ { s = shown(); sub(/^GSM A-I\/F DTAP - /, "", s); cp[n] = s }
    /<proto name="gsm_a.rp"/ { s = shown(); sub(/^GSM A-I\/F RP - /, "", s); rp[n] = s }
    /<proto name="gsm_sms"/ { s = shown(); sub(/^GSM SMS TPDU \(GSM 03.40\) /, "", s); tp[n] = s }
    END { for (i = 1; i <= n; i++) print zone[i] "\t" cp[i] "\t" rp[i] "\t" tp[i] }' > "$work/pdml.tsv"

rows=$(wc -l < "$work/all.tsv")
[[ $(wc -l < "$work/fields.tsv") == "$rows" && $(wc -l < "$work/pdml.tsv") == "$rows" ]] || {
    echo "tshark row count differs from the $rows input messages" >&2; exit 1; }

{
    printf 'id\tuplink\thex'
    printf '\t%s' "${fields[@]}"
    printf '\tscts_timezone_shown\tcp_name\trp_name\ttpdu_name\n'
    paste "$work/all.tsv" "$work/fields.tsv" "$work/pdml.tsv"
} > "$out"
echo "wrote $rows messages to $out ($(tshark --version | head -1))"
