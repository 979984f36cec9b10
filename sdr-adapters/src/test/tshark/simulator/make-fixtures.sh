#!/usr/bin/env bash
# Regenerates the tshark fixtures of the simulated air (tshark is the oracle; the tests never run
# it). Simulates src/test/resources/org/roguewatch/sim/tshark-fixture.scenario, keeps the probe's
# pcap as a test resource, and records tshark's view of it:
#   tshark-fixture.tsv         per frame: message, identities, LAI/CI, ARFCN lists, T3212, CRO,
#                              cipher, SMS sender and text (sdr-adapters/src/test/tshark/gsm/extract.py)
#   tshark-fixture-levels.tsv  per frame: GSMTAP ARFCN, frame number, channel type, signal, SNR
#   tshark-fixture-expert.txt  `tshark -r tshark-fixture.pcap -z expert -q` (must list no error)
# Needs tshark, python3 and Maven (offline is fine).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
out="$root/sdr-adapters/src/test/resources/org/roguewatch/sim"

(cd "$root" && mvn -B -q -o -pl sdr-adapters test-compile)
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && mvn -B -q -o -pl sdr-adapters dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
java -cp "$root/sdr-adapters/target/test-classes:$root/sdr-adapters/target/classes:$(cat "$cp_file")" \
  org.roguewatch.sim.TsharkFixtureWriter "$out/tshark-fixture.pcap"
chmod 644 "$out/tshark-fixture.pcap"

tshark -v | head -1 > "$out/TSHARK_VERSION"
"$root/sdr-adapters/src/test/tshark/gsm/extract.py" "$out/tshark-fixture.pcap" > "$out/tshark-fixture.tsv"
{
  printf '#frame\tarfcn\tfn\tchannel\tsignal\tsnr\n'
  tshark -r "$out/tshark-fixture.pcap" -T fields -E separator=/t \
    -e frame.number -e gsmtap.arfcn -e gsmtap.frame_nr -e gsmtap.chan_type -e gsmtap.signal_dbm -e gsmtap.snr_db
} > "$out/tshark-fixture-levels.tsv"
tshark -r "$out/tshark-fixture.pcap" -z expert -q > "$out/tshark-fixture-expert.txt" 2>/dev/null
if grep -qiE 'malformed|error' "$out/tshark-fixture-expert.txt"; then
  echo "tshark reports errors in the simulated capture:" >&2
  cat "$out/tshark-fixture-expert.txt" >&2
  exit 1
fi
echo "fixtures written to $out ($(wc -l < "$out/tshark-fixture-levels.tsv") lines)"
