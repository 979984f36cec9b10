#!/usr/bin/env bash
# Regenerates the tshark fixtures the GSM decode tests compare against (tshark is the oracle;
# the tests themselves never run it). Needs tshark and python3.
#   1. the shared real capture (../shared/captures), frame by frame;
#   2. our corpus of dedicated-channel and paging frames (written by DedicatedCorpusWriter).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
shared="${ROGUEWATCH_SHARED:-$root/../shared}/captures"
out="$root/probe-agent/src/test/resources/tshark"
mkdir -p "$out"

tshark -v | head -1 > "$out/TSHARK_VERSION"
"$here/extract.py" "$shared/grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap" > "$out/grgsm_vf_arfcn725_bcch_ccch_gsmtap.tsv"

(cd "$root" && mvn -B -q -o -pl probe-agent -am test-compile -DskipTests)
corpus="$(mktemp --suffix=.pcap)"
trap 'rm -f "$corpus"' EXIT
cp_file="$(mktemp)"
(cd "$root" && mvn -B -q -pl probe-agent dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
java -cp "$root/probe-agent/target/test-classes:$root/probe-agent/target/classes:$root/sdr-adapters/target/classes:$root/sdr-adapters/target/test-classes:$(cat "$cp_file")" \
  org.roguewatch.probe.DedicatedCorpusWriter "$corpus"
rm -f "$cp_file"
"$here/extract.py" "$corpus" > "$out/dedicated-corpus.tsv"
# The same capture is the README's first example (config/samples), checked by SampleCaptureTest.
cp "$corpus" "$root/config/samples/imsi-catcher-sample.pcap" && chmod 644 "$root/config/samples/imsi-catcher-sample.pcap"
echo "fixtures written to $out"
