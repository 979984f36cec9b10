#!/usr/bin/env bash
# Regenerates the tshark oracle of the paging and dedicated LTE RRC decoders and encoder
# (PcchDecoder, DlCcchDecoder, DlDcchDecoder, UlCcchDecoder, UlDcchDecoder, LteDedicatedEncoder).
# Run it by hand after changing the encoder or DedicatedFixtureFrames; the tests only read what it
# writes, so they never need tshark.
#
#   1. DedicatedFixtureFrames (test code) writes "id TAB sub-type TAB hex" for every encoded case.
#   2. Each case becomes one GSMTAP v2 datagram (UDP 34567 -> 4729, via text2pcap): type LTE_RRC
#      (0x0d), the sub-type naming the RRC channel (libosmocore gsmtap.h: 0 DL-CCCH, 1 DL-DCCH,
#      2 UL-CCCH, 3 UL-DCCH, 6 PCCH), frame number = 1000 + case index.
#   3. tshark -T fields writes the fields below for those frames, and for the RRC dedicated frames
#      of the shared real capture (LTESniffer, GSMTAP) plus the LTE_NAS frame after each, whose
#      payload is the same NAS PDU.
# Outputs (sdr-adapters/src/test/resources/org/roguewatch/lte/rrc/):
#   dedicated-encoder.tshark.tsv   header row, then: id, sub-type, hex, the fields
#   dedicated-capture.tshark.tsv   header row, then: frame number, the fields, gsmtap payload hex
# Multi-valued fields are joined with ','; a missing field is an empty column.
#
# Needs: tshark/text2pcap 4.0, xxd, a JDK, Maven with the project's dependencies offline.
# Usage: bash sdr-adapters/src/test/tshark/rrc-dedicated/make-fixtures.sh   (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
module="$repo/sdr-adapters"
shared="${ROGUEWATCH_SHARED:-$repo/../shared}"
capture="$shared/captures/ltesniffer_ltesniffer_dl_mode_gsmtap.pcap"
resources="$module/src/test/resources/org/roguewatch/lte/rrc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fields=(
    _ws.col.Info _ws.malformed _ws.expert.message
    lte-rrc.rrc_TransactionIdentifier
    lte-rrc.pagingRecordList lte-rrc.ue_Identity lte-rrc.mmec lte-rrc.m_TMSI lte-rrc.imsi lte-rrc.IMSI_Digit
    lte-rrc.ng_5G_S_TMSI_r15 lte-rrc.fullI_RNTI_r15 lte-rrc.cn_Domain lte-rrc.systemInfoModification
    lte-rrc.etws_Indication
    lte-rrc.releaseCause lte-rrc.redirectedCarrierInfo lte-rrc.eutra lte-rrc.utra_FDD lte-rrc.utra_TDD
    lte-rrc.utra_TDD_r10 lte-rrc.ARFCN_ValueUTRA lte-rrc.startingARFCN lte-rrc.bandIndicator
    lte-rrc.followingARFCNs lte-rrc.explicitListOfARFCNs lte-rrc.ARFCN_ValueGERAN lte-rrc.arfcn_Spacing
    lte-rrc.numberOfFollowingARFCNs lte-rrc.variableBitMapOfARFCNs lte-rrc.bandClass lte-rrc.arfcn
    lte-rrc.carrierFreq_r15 lte-rrc.eutra_v9e0
    lte-rrc.freqPriorityListEUTRA lte-rrc.freqPriorityListGERAN lte-rrc.freqPriorityListUTRA_FDD
    lte-rrc.freqPriorityListUTRA_TDD lte-rrc.bandClassPriorityListHRPD lte-rrc.bandClassPriorityList1XRTT
    lte-rrc.carrierFreq lte-rrc.cellReselectionPriority lte-rrc.t320 lte-rrc.carrierFreq_v9e0
    lte-rrc.cipheringAlgorithm lte-rrc.integrityProtAlgorithm
    lte-rrc.waitTime lte-rrc.extendedWaitTime_r10
    lte-rrc.dedicatedInfoType lte-rrc.dedicatedInfoNAS lte-rrc.dedicatedInfoNASList lte-rrc.DedicatedInfoNAS
    lte-rrc.measConfig_element lte-rrc.measObjectId lte-rrc.reportConfigId lte-rrc.measId
    lte-rrc.randomValue lte-rrc.establishmentCause lte-rrc.selectedPLMN_Identity lte-rrc.mmegi
)

tsv() {
    local pcap=$1 filter=$2
    local args=()
    for f in "${fields[@]}"; do args+=(-e "$f"); done
    tshark -r "$pcap" -Y "$filter" -T fields -E separator=/t -E occurrence=a -E aggregator=, \
        -e frame.number "${args[@]}" -e udp.payload 2>/dev/null
}

(cd "$repo" && mvn -B -o -q -pl sdr-adapters test-compile)
java -cp "$module/target/classes:$module/target/test-classes" \
    org.roguewatch.lte.rrc.DedicatedFixtureFrames "$work/frames.tsv"

: > "$work/hex.txt"
n=0
while IFS=$'\t' read -r id subtype hex; do
    fn=$(printf '%08x' $((1000 + n)))
    # version 2, 4 words, type LTE_RRC, TS 0, ARFCN 0, signal 0, SNR 0, FN, sub-type, antenna 0,
    # sub-slot 0, padding
    header="02040d0000000000${fn}$(printf '%02x' "$subtype")000000"
    echo "${header}${hex}" | xxd -r -p | od -Ax -tx1 -v >> "$work/hex.txt"
    n=$((n + 1))
done < "$work/frames.tsv"
text2pcap -q -u 34567,4729 "$work/hex.txt" "$work/dedicated.pcap"

header_row() {
    local first=$1
    printf '%s' "$first"
    for f in frame.number "${fields[@]}" udp.payload; do printf '\t%s' "$f"; done
    printf '\n'
}

mkdir -p "$resources"
{
    printf 'id\tsub_type\thex\t'
    header_row frame | cut -f2-
    paste <(cut -f1-3 "$work/frames.tsv") <(tsv "$work/dedicated.pcap" "gsmtap")
} > "$resources/dedicated-encoder.tshark.tsv"

{
    header_row "#" | cut -f2-
    tsv "$capture" "(gsmtap.type == 13 && !(lte-rrc.BCCH_DL_SCH_Message_element || lte-rrc.BCCH_BCH_Message_element)) || gsmtap.type == 18"
} > "$resources/dedicated-capture.tshark.tsv"

wc -l "$resources/dedicated-encoder.tshark.tsv" "$resources/dedicated-capture.tshark.tsv"
