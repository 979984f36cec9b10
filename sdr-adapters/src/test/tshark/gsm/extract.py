#!/usr/bin/env python3
"""Writes tshark's decode of every GSMTAP frame of a capture as one TSV line per frame.

Usage: extract.py CAPTURE > fixture.tsv
Columns (empty when tshark shows no such field in the frame):
  frame  message  mcc  mnc  lac  ci  arfcns  t3212  cro  cipher  identities  smsFrom  smsText
where message is tshark's message type name, arfcns the "List of ARFCNs" of the frame's
neighbour/cell channel description, cipher "A5/n" or "none" for a Ciphering Mode Command, and
identities the mobile identity types and values shown ("TMSI:0x...", "IMSI:...").
Runs `tshark -T pdml`; needs tshark (Debian package tshark). Only the fixture generation needs it,
never the tests.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

FIELD_NAMES = {
    "gsm_a.dtap.msg_rr_type": "message",
    "gsm_a.dtap.msg_mm_type": "message",
    "gsm_a.dtap.msg_sms_type": "message",
    "gsm_a.dtap.msg_cc_type": "message",
}


def message_name(showname):
    # "Message Type: System Information Type 3" (CCCH) or
    # "..00 1000 = DTAP Mobility Management Message Type: Location Updating Request (0x08)" (DTAP)
    name = showname.rsplit(": ", 1)[-1]
    return re.sub(r" \(0x[0-9a-fA-F]+\)$", "", name)


def shown_value(showname):
    # "Message Type: System Information Type 3" -> "System Information Type 3"
    return showname.split(": ", 1)[1] if ": " in showname else showname


def frame_rows(pdml):
    for packet in ET.fromstring(pdml).iter("packet"):
        row = {"frame": "", "message": "", "mcc": "", "mnc": "", "lac": "", "ci": "", "arfcns": "",
               "t3212": "", "cro": "", "cipher": "", "identities": [],
               "smsFrom": "", "smsText": ""}
        sc = None
        algorithm = None
        for field in packet.iter("field"):
            name = field.get("name", "")
            show = field.get("show", "")
            showname = field.get("showname", "")
            if name == "frame.number":
                row["frame"] = show
            elif name in FIELD_NAMES and not row["message"]:
                row["message"] = message_name(showname)
            elif name == "e212.lai.mcc":
                row["mcc"] = "%03d" % int(show)  # an MCC always has three digits
            elif name == "e212.lai.mnc":
                # show drops the leading zero ("2"); the showname keeps the digits: "... (02)"
                match = re.search(r"\((\d{2,3})\)$", showname)
                row["mnc"] = match.group(1) if match else show
            elif name == "gsm_a.lac":
                row["lac"] = str(int(field.get("value"), 16))
            elif name == "gsm_a.bssmap.cell_ci":
                row["ci"] = str(int(field.get("value"), 16))
            elif name == "gsm_a.rr.arfcn_list" and not row["arfcns"]:
                row["arfcns"] = " ".join(sorted(re.findall(r"\d+", showname.split("=", 1)[-1]), key=int))
            elif name == "gsm_a.rr.t3212":
                row["t3212"] = show
            elif name == "gsm_a.rr.cell_reselect_offset" and not row["cro"]:
                row["cro"] = show
            elif name in ("gsm_a.rr.sc", "gsm_a.rr.SC"):
                sc = show
            elif name == "gsm_a.rr.algorithm_identifier":
                algorithm = int(show)
            elif name in ("gsm_a.tmsi", "3gpp.tmsi"):
                row["identities"].append("TMSI:0x%08x" % int(show))
            elif name in ("gsm_a.imsi", "e212.imsi"):
                row["identities"].append("IMSI:" + show)
            elif name == "gsm_sms.tp-oa":
                row["smsFrom"] = show
            elif name == "gsm_sms.sms_text":
                # the last one: at the final part of a concatenated SMS tshark shows every part's text
                row["smsText"] = show.replace("\t", " ").replace("\n", " ")
            elif name == "gsm_a.imei":
                row["identities"].append("IMEI:" + show)
            elif name == "gsm_a.imeisv":
                row["identities"].append("IMEISV:" + show)
        if sc is not None:
            row["cipher"] = "A5/%d" % (algorithm + 1) if sc == "1" else "none"
        yield row


def main():
    pdml = subprocess.run(["tshark", "-r", sys.argv[1], "-T", "pdml"], check=True,
                          capture_output=True).stdout
    columns = ["frame", "message", "mcc", "mnc", "lac", "ci", "arfcns", "t3212", "cro", "cipher", "identities",
               "smsFrom", "smsText"]
    print("#" + "\t".join(columns))
    for row in frame_rows(pdml):
        row["identities"] = ",".join(dict.fromkeys(row["identities"]))
        print("\t".join(row[c] for c in columns))


if __name__ == "__main__":
    main()
