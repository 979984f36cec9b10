#!/usr/bin/env python3
"""Writes tshark's decode as one line per field occurrence: frame, field, show, showname (TSV).

Usage: fields.py REASSEMBLED.pdml UNREASSEMBLED.pdml
Wireshark 4.0's LAPDm reassembly takes an unsegmented I-frame whose N(S) repeats that of an earlier
complete message on the same channel for a retransmission, even after SABM re-established the link
(TS 44.006 5.4.1 resets N(S) to 0 for every connection), and then shows no layer 3 for it. Such a
frame is taken from tshark's decode without reassembly (-o lapdm.reassemble:FALSE); every other
frame, segmented SMS included, from the decode with reassembly.
"""
import sys
import xml.etree.ElementTree as ET

SKIPPED_PREFIXES = ("frame", "eth", "ip.", "udp", "gsmtap.")
KEPT = ("gsmtap.arfcn", "gsmtap.signal_dbm")


def frames(path):
    out = {}
    for packet in ET.parse(path).getroot().iter("packet"):
        number = None
        fields = []
        single_segment = True
        for field in packet.iter("field"):
            name = field.get("name", "")
            if name == "frame.number":
                number = int(field.get("show"))
            if name == "lapdm.m" and field.get("show") not in ("0", "False"):
                single_segment = False
            if not name or (name.startswith(SKIPPED_PREFIXES) and name not in KEPT):
                continue
            fields.append((name, clean(field.get("show", "")), clean(field.get("showname", ""))))
        out[number] = (fields, single_segment)
    return out


def clean(text):
    return text.replace("\t", " ").replace("\n", " ")


def has_layer3(fields):
    return any(name.startswith(("gsm_a.dtap", "gsm_sms", "gsm_a.rp", "gsm_a.rr", "gsm_a.ccch")) for name, _, _ in fields)


def main():
    reassembled = frames(sys.argv[1])
    plain = frames(sys.argv[2])
    print("#frame\tfield\tshow\tshowname")
    for number in sorted(reassembled):
        fields, _ = reassembled[number]
        if not has_layer3(fields):
            alternative, single_segment = plain.get(number, ([], False))
            if single_segment and has_layer3(alternative):
                fields = alternative
        for name, show, showname in fields:
            print(f"{number}\t{name}\t{show}\t{showname}")


if __name__ == "__main__":
    main()
