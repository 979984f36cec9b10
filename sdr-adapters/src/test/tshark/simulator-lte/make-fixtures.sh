#!/usr/bin/env bash
# Regenerates the tshark fixtures of the simulated LTE air (tshark is the oracle; the tests never run
# it). Simulates src/test/resources/org/roguewatch/sim/tshark-lte-fixture.scenario, keeps the
# probe's pcap as a test resource, and records tshark's view of its LTE frames (GSMTAP LTE_RRC 0x0d
# and LTE_NAS 0x12; the GSM frames in it are the simulator fixture's subject):
#   tshark-lte-fixture.tsv         per LTE frame: the GSMTAP header fields, the Info column, malformed
#                                  and expert markers, and the RRC / NAS fields listed below (every
#                                  occurrence, joined with ','; empty when absent)
#   tshark-lte-fixture-expert.txt  `tshark -r tshark-lte-fixture.pcap -z expert -q` (must list nothing)
# Needs tshark 4.0, Maven (offline is fine) and a JDK.
# Usage: bash sdr-adapters/src/test/tshark/simulator-lte/make-fixtures.sh   (from anywhere)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
out="$root/sdr-adapters/src/test/resources/org/roguewatch/sim"

fields=(
    frame.number gsmtap.type gsmtap.arfcn gsmtap.frame_nr gsmtap.signal_dbm gsmtap.snr_db
    _ws.col.Info _ws.malformed _ws.expert.message
    lte-rrc.systemFrameNumber lte-rrc.dl_Bandwidth
    lte-rrc.MCC_MNC_Digit lte-rrc.trackingAreaCode lte-rrc.cellIdentity lte-rrc.freqBandIndicator
    lte-rrc.si_Periodicity lte-rrc.SIB_Type lte-rrc.si_WindowLength
    lte-rrc.ul_CarrierFreq lte-rrc.defaultPagingCycle lte-rrc.cellReselectionPriority lte-rrc.dl_CarrierFreq
    lte-rrc.carrierFreq
    lte-rrc.startingARFCN lte-rrc.followingARFCNs lte-rrc.ARFCN_ValueGERAN lte-rrc.arfcn_Spacing
    lte-rrc.numberOfFollowingARFCNs lte-rrc.variableBitMapOfARFCNs
    lte-rrc.mmec lte-rrc.m_TMSI lte-rrc.IMSI_Digit lte-rrc.cn_Domain
    lte-rrc.cipheringAlgorithm lte-rrc.integrityProtAlgorithm lte-rrc.releaseCause lte-rrc.redirectedCarrierInfo
    nas_eps.security_header_type nas_eps.nas_msg_emm_type nas_eps.emm.id_type2 nas_eps.emm.toc nas_eps.emm.toi
    nas_eps.emm.cause
)

(cd "$root" && mvn -B -q -o -pl sdr-adapters test-compile)
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && mvn -B -q -o -pl sdr-adapters dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
java -cp "$root/sdr-adapters/target/test-classes:$root/sdr-adapters/target/classes:$(cat "$cp_file")" \
  org.roguewatch.sim.TsharkFixtureWriter "$out/tshark-lte-fixture.pcap" tshark-lte-fixture.scenario
chmod 644 "$out/tshark-lte-fixture.pcap"

tshark -v | head -1 > "$out/TSHARK_VERSION"
args=()
for f in "${fields[@]}"; do args+=(-e "$f"); done
{
  printf '#%s' "${fields[0]}"
  for f in "${fields[@]:1}"; do printf '\t%s' "$f"; done
  printf '\n'
  tshark -r "$out/tshark-lte-fixture.pcap" -Y 'gsmtap.type == 13 || gsmtap.type == 18' -T fields -E separator=/t \
    -E occurrence=a -E aggregator=, "${args[@]}" 2>/dev/null
} > "$out/tshark-lte-fixture.tsv"
tshark -r "$out/tshark-lte-fixture.pcap" -z expert -q > "$out/tshark-lte-fixture-expert.txt" 2>/dev/null
if grep -qiE 'malformed|error|warn' "$out/tshark-lte-fixture-expert.txt"; then
  echo "tshark reports problems in the simulated LTE capture:" >&2
  cat "$out/tshark-lte-fixture-expert.txt" >&2
  exit 1
fi
echo "fixtures written to $out ($(($(wc -l < "$out/tshark-lte-fixture.tsv") - 1)) LTE frames)"
