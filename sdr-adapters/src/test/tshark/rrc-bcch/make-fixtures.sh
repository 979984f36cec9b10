#!/usr/bin/env bash
# Regenerates the tshark oracle of the LTE broadcast decoders and encoder (BcchBchDecoder,
# BcchDlSchDecoder, LteBroadcastEncoder). Run it by hand after changing them or the frames;
# the tests (BroadcastTsharkFixtureTest) only read what it writes and never need tshark.
#
#   1. BroadcastFixtureFrames (test code) writes "id TAB channel TAB hex" for every crafted frame:
#      encoder-made MIB / SIB1 / SystemInformation messages and the bit-by-bit StructuralFrames.
#   2. Each becomes one GSMTAP v2 datagram (UDP 34567 -> 4729, via text2pcap): type LTE_RRC (0x0d),
#      sub-type BCCH-BCH (4) or BCCH-DL-SCH (5) as libosmocore gsmtap.h numbers them.
#   3. extract.py turns tshark's PDML of every frame into key=value pairs (see its docstring).
#   4. The same for the real capture ../shared/captures/ltesniffer_ltesniffer_dl_mode_gsmtap.pcap,
#      keeping its BCCH frames; frames with the same decode share one line, listed as frame ranges.
# Outputs (sdr-adapters/src/test/resources/org/roguewatch/lte/rrc/):
#   bcch-crafted-tshark.tsv    header comment, then: id, channel, hex, tshark's pairs
#   bcch-crafted-expert.txt    the tshark command and its -z expert -q output for the crafted frames
#   bcch-ltesniffer-tshark.tsv header comments, then: frame ranges, tshark's pairs
#
# Needs: tshark/text2pcap 4.0, xxd, python3, a JDK, Maven with the project's dependencies offline.
# Usage: bash sdr-adapters/src/test/tshark/rrc-bcch/make-fixtures.sh   (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
module="$repo/sdr-adapters"
shared="${ROGUEWATCH_SHARED:-$repo/../shared}"
capture="ltesniffer_ltesniffer_dl_mode_gsmtap.pcap"
resources="$module/src/test/resources/org/roguewatch/lte/rrc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$resources"

(cd "$repo" && mvn -B -o -q -pl sdr-adapters test-compile)
java -cp "$module/target/classes:$module/target/test-classes" \
    org.roguewatch.lte.rrc.BroadcastFixtureFrames "$work/frames.tsv"

: > "$work/hex.txt"
while IFS=$'\t' read -r id channel hex; do
    case "$channel" in
        # version 2, 4 words, type LTE_RRC, TS 0, ARFCN 0, signal 0, SNR 0, FN 0, sub-type, antenna,
        # sub-slot, padding
        bcch-bch)    header="02040d000000000000000000""04000000" ;;
        bcch-dl-sch) header="02040d000000000000000000""05000000" ;;
        *) echo "unknown channel $channel for $id" >&2; exit 1 ;;
    esac
    echo "${header}${hex}" | xxd -r -p | od -Ax -tx1 -v >> "$work/hex.txt"
done < "$work/frames.tsv"
text2pcap -q -u 34567,4729 "$work/hex.txt" "$work/crafted.pcap"

python3 "$here/extract.py" "$work/crafted.pcap" | cut -f2- > "$work/crafted-view.tsv"
rows=$(wc -l < "$work/frames.tsv")
[[ $(wc -l < "$work/crafted-view.tsv") == "$rows" ]] || { echo "tshark row count differs from the $rows frames" >&2; exit 1; }

version="$(tshark --version 2>/dev/null | head -1)"
{
    echo "# $version; id, channel, payload hex, then tshark's key=value pairs (extract.py)"
    paste "$work/frames.tsv" "$work/crafted-view.tsv"
} > "$resources/bcch-crafted-tshark.tsv"

expert="$(tshark -r "$work/crafted.pcap" -z expert -q 2>/dev/null)"
{
    echo "# $version"
    echo "# tshark -r crafted.pcap -z expert -q   ($rows frames written by make-fixtures.sh)"
    if [[ -z "$expert" ]]; then
        echo "# (no output: tshark reported no expert information for any frame)"
    else
        echo "$expert"
    fi
} > "$resources/bcch-crafted-expert.txt"

# The real capture: its BCCH frames, grouped by identical decode; "1-2,4" lists frames 1, 2 and 4.
python3 "$here/extract.py" "$shared/captures/$capture" \
    | awk -F'\t' '$2 ~ /^pdu=BCCH_/' \
    | python3 -c '
import sys
groups = {}
for line in sys.stdin:
    frame, view = line.rstrip("\n").split("\t", 1)
    groups.setdefault(view, []).append(int(frame))
for view, frames in groups.items():
    ranges, start = [], frames[0]
    for previous, current in zip(frames, frames[1:] + [None]):
        if current != previous + 1:
            ranges.append(str(start) if start == previous else "%d-%d" % (start, previous))
            start = current
    print(",".join(ranges) + "\t" + view)
' > "$work/real.tsv"
{
    echo "# $version -r $capture (BCCH frames only, grouped by identical decode)"
    echo "# frames (ranges), then tshark's key=value pairs (extract.py)"
    cat "$work/real.tsv"
} > "$resources/bcch-ltesniffer-tshark.tsv"

echo "wrote $rows crafted frames and $(wc -l < "$work/real.tsv") decode groups of $capture ($version)"
cat "$resources/bcch-crafted-expert.txt"
