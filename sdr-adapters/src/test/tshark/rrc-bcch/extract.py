#!/usr/bin/env python3
"""Writes tshark's decode of the LTE broadcast messages (BCCH-BCH, BCCH-DL-SCH) of a GSMTAP capture
as one line per frame: the frame number, then TAB-separated key=value pairs, keys in tshark's order.

Usage: extract.py CAPTURE > view.tsv   (runs `tshark -r CAPTURE -T pdml`)

The first pair names the RRC PDU (pdu=BCCH_BCH_Message, pdu=BCCH_DL_SCH_Message, ...).

A key is the path of a field in tshark's tree, made of the lte-rrc field names (without "lte-rrc.")
of the lists it sits in and its item numbers, then the field's own name, e.g.
  sib_TypeAndInfo.1.interFreqCarrierFreqList.0.dl_CarrierFreq=100
and a value is tshark's "show" text (enumerations as their index, integers as numbers, BIT STRINGs
as tshark shows them). Only the fields named in WANTED are written: those our records keep. Some
containers are named in the path to tell apart fields of the same name (CONTAINERS). mcc and mnc are
written with their digits joined ("mcc=901"). Subtrees our records do not keep are not entered:
SIB8..SIB11 and the extension SIBs, extension additions and non-critical extensions (their names
carry the suffix of release 9 or later, such as _r9 / _v920, or are (late)nonCriticalExtension). For each
CarrierFreqsGERAN the script also writes arfcns=..., the group's ARFCNs expanded from tshark's
fields as TS 36.331 6.3.4 defines the three followingARFCNs forms. Expert infos and malformed
markers are written as expert=... so a test can see tshark's complaints.
Only the fixture generation needs tshark, never the tests.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

WANTED = {
    # MIB
    "dl_Bandwidth", "phich_Duration", "phich_Resource", "systemFrameNumber",
    # message structure
    "c1", "sib_TypeAndInfo_item",
    # SIB1
    "cellReservedForOperatorUse", "trackingAreaCode", "cellIdentity", "cellBarred", "intraFreqReselection",
    "csg_Indication", "csg_Identity", "q_RxLevMin", "q_RxLevMinOffset", "p_Max", "freqBandIndicator",
    "si_Periodicity", "SIB_Type", "si_WindowLength", "systemInfoValueTag",
    # SIB2
    "ac_BarringForEmergency", "ac_BarringFactor", "ac_BarringTime", "ac_BarringForSpecialAC",
    "defaultPagingCycle", "nB", "t300", "t301", "t310", "n310", "t311", "n311", "ul_CarrierFreq",
    "ul_Bandwidth", "additionalSpectrumEmission", "timeAlignmentTimerCommon",
    # SIB3, SIB5
    "q_Hyst", "s_NonIntraSearch", "threshServingLow", "cellReselectionPriority", "s_IntraSearch",
    "allowedMeasBandwidth", "presenceAntennaPort1", "neighCellConfig", "t_ReselectionEUTRA",
    "dl_CarrierFreq", "threshX_High", "threshX_Low", "q_OffsetFreq",
    # SIB4
    "physCellId", "q_OffsetCell", "start", "range",
    # SIB6
    "carrierFreq", "utra_q_RxLevMin", "p_MaxUTRA", "q_QualMin", "t_ReselectionUTRA",
    # SIB7
    "t_ReselectionGERAN", "startingARFCN", "bandIndicator", "followingARFCNs", "ARFCN_ValueGERAN",
    "arfcn_Spacing", "numberOfFollowingARFCNs", "variableBitMapOfARFCNs", "ncc_Permitted", "geran_q_RxLevMin",
    "p_MaxGERAN",
}
CONTAINERS = {
    "ac_BarringForMO_Signalling_element": "moSignalling",
    "ac_BarringForMO_Data_element": "moData",
    "csg_PhysCellIdRange_element": "csg",
}
NOT_ENTERED = {"sib8_element", "sib9_element", "sib10_element", "sib11_element", "lateNonCriticalExtension"}
RELEASE_SUFFIX = re.compile(r"_(r(9|1[0-9])|v(9|1)[0-9a-z]*)(_element)?$")


def entered(short):
    return not (short in NOT_ENTERED or short.startswith("nonCriticalExtension")
                or RELEASE_SUFFIX.search(short))


def walk(field, path, out):
    parent = field.get("name", "")
    parent_short = parent[len("lte-rrc."):] if parent.startswith("lte-rrc.") else parent
    for child in field.findall("field"):
        name = child.get("name", "")
        show = child.get("show", "")
        if name == "" and show.startswith("Item "):
            walk(child, path + [parent_short, show.split()[1]], out)
            continue
        if name in ("_ws.expert", "_ws.malformed"):
            out.append(("expert", child.get("showname", show)))
            continue
        if name.startswith("_ws.expert."):
            continue
        if not name.startswith("lte-rrc."):
            walk(child, path, out)
            continue
        short = name[len("lte-rrc."):]
        if short in ("mcc", "mnc"):
            digits = "".join(d.get("show") for d in child.iter("field") if d.get("name") == "lte-rrc.MCC_MNC_Digit")
            out.append((".".join(path + [short]), digits))
            continue
        if short in WANTED:
            out.append((".".join(path + [short]), show))
        if not entered(short):
            continue
        walk(child, path + [CONTAINERS[short]] if short in CONTAINERS else path, out)


def geran_arfcns(pairs):
    """Adds prefix.arfcns=... after each CarrierFreqsGERAN, expanded per TS 36.331 6.3.4."""
    values = dict(pairs)
    result = []
    for key, value in pairs:
        result.append((key, value))
        if not key.endswith(".startingARFCN"):
            continue
        prefix = key[: -len("startingARFCN")]
        start = int(value)
        form = values.get(prefix + "followingARFCNs")
        arfcns = [start]
        if form == "0":  # explicitListOfARFCNs: the remaining ARFCNs one by one
            i = 0
            while prefix + "explicitListOfARFCNs.%d.ARFCN_ValueGERAN" % i in values:
                arfcns.append(int(values[prefix + "explicitListOfARFCNs.%d.ARFCN_ValueGERAN" % i]))
                i += 1
        elif form == "1":  # equallySpacedARFCNs: s, (s + d) mod 1024, ..., (s + n*d) mod 1024
            d = int(values[prefix + "arfcn_Spacing"])
            n = int(values[prefix + "numberOfFollowingARFCNs"])
            arfcns += [(start + k * d) % 1024 for k in range(1, n + 1)]
        elif form == "2":  # variableBitMapOfARFCNs: leading bit of octet 1 is (s + 1) mod 1024
            bitmap = bytes.fromhex(values[prefix + "variableBitMapOfARFCNs"].replace(":", ""))
            for bit in range(len(bitmap) * 8):
                if bitmap[bit // 8] & (0x80 >> (bit % 8)):
                    arfcns.append((start + bit + 1) % 1024)
        result.append((prefix + "arfcns", ",".join(str(a) for a in arfcns)))
    return result


def main():
    pdml = subprocess.run(["tshark", "-r", sys.argv[1], "-T", "pdml"], check=True, capture_output=True).stdout
    for packet in ET.fromstring(pdml).iter("packet"):
        frame = next(f.get("show") for f in packet.iter("field") if f.get("name") == "frame.number")
        rrc = [p for p in packet.findall("proto") if p.get("name") == "lte_rrc"]
        pairs = []
        for proto in rrc:
            pdu = next((f.get("name") for f in proto.findall("field")), "")
            pairs.append(("pdu", pdu[len("lte-rrc."):].replace("_element", "")))
            walk(proto, [], pairs)
        for proto in packet.findall("proto"):
            if proto.get("name") in ("_ws.expert", "_ws.malformed"):
                pairs.append(("expert", proto.get("showname", "")))
        print("\t".join([frame] + ["%s=%s" % kv for kv in geran_arfcns(pairs)]))


if __name__ == "__main__":
    main()
