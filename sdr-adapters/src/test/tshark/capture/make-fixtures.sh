#!/usr/bin/env bash
# Regenerates the tshark oracle for the capture bridge: for every frame of the shared GSMTAP
# captures, the frame number, capture time, captured and wire lengths, and UDP ports and length
# as tshark (Wireshark 4.0) reads them. PcapFileReader + Decapsulator must agree field by field
# (CaptureTsharkOracleTest). Only these derived fields are committed, never the capture itself.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../../.." && pwd)
shared=${ROGUEWATCH_SHARED:-$repo/../shared}
out=$repo/sdr-adapters/src/test/resources/org/roguewatch/capture

# fixture CAPTURE OUTPUT: one line per frame, tab-separated, after two comment lines.
fixture() {
  local capture=$1 output=$2
  {
    echo "# tshark $(tshark --version 2>/dev/null | head -1 | awk '{print $3}') -r $capture"
    echo "# frame.number frame.time_epoch frame.cap_len frame.len udp.srcport udp.dstport udp.length"
    tshark -r "$shared/captures/$capture" -T fields -E separator=/t \
      -e frame.number -e frame.time_epoch -e frame.cap_len -e frame.len \
      -e udp.srcport -e udp.dstport -e udp.length 2>/dev/null
  } > "$out/$output"
  wc -l "$out/$output"
}

mkdir -p "$out"
fixture grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap grgsm_vf_udp.tshark.tsv
fixture ltesniffer_ltesniffer_dl_mode_gsmtap.pcap ltesniffer_gsmtap_udp.tshark.tsv
