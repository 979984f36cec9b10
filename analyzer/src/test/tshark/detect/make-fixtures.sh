#!/usr/bin/env bash
# Regenerates tshark's decode of the detection corpora (GSM and LTE), which DetectionEvidenceTsharkTest compares
# every finding's evidence with (frame number, tshark field, value). Needs tshark and python3;
# the tests themselves never run tshark.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
out="$root/analyzer/src/test/resources/tshark"
mkdir -p "$out"
(cd "$root" && mvn -B -q -o install -DskipTests)
cp_file="$(mktemp)"
(cd "$root" && mvn -B -q -pl analyzer dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file")
corpus="$(mktemp --suffix=.pcap)"
trap 'rm -f "$corpus" "$cp_file" "$corpus".*.pdml' EXIT
for pair in DetectionCorpus:detection-corpus LteDetectionCorpus:lte-detection-corpus; do
  java -cp "$root/analyzer/target/test-classes:$root/analyzer/target/classes:$(cat "$cp_file")" \
    "org.roguewatch.detect.${pair%%:*}" "$corpus"
  tshark -r "$corpus" -T pdml > "$corpus.reassembled.pdml"
  tshark -r "$corpus" -o lapdm.reassemble:FALSE -T pdml > "$corpus.plain.pdml"
  python3 "$here/fields.py" "$corpus.reassembled.pdml" "$corpus.plain.pdml" > "$out/${pair##*:}.tsv"
  echo "fixture written to $out/${pair##*:}.tsv"
done
