#!/usr/bin/env bash
# Regenerates the tshark oracle fixtures of the SI2quater and SI13 rest-octet decoders
# (org.roguewatch.gsm.rr). Run it by hand after changing a frames file; the JUnit tests only read
# the fixtures it writes, so they never need tshark.
#
# Inputs (test resources, org/roguewatch/gsm/rr/):
#   si2quater-frames.txt, si13-frames.txt  lines "<name> <hex of the 23-octet L2 block>", '#' comments
#   ../shared/captures/grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap  the real capture (optional)
# Outputs (same directory), one tab-separated line per frame, first line the column names:
#   si2quater-tshark.tsv, si13-tshark.tsv            crafted frames, keyed by name
#   si2quater-real-tshark.tsv, si13-real-tshark.tsv  real frames, keyed by GSMTAP frame number
# Multi-valued fields are joined with ',' in dissection order; a missing field is an empty column.
#
# Each crafted block is wrapped as GSMTAP v2 (type UM, sub-type BCCH, ARFCN 725, FN = 1000 + line
# number) in UDP 34567 -> 4729 by text2pcap, then dissected by tshark (Wireshark 4.0 here).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../../.." && pwd)
resources="$repo/sdr-adapters/src/test/resources/org/roguewatch/gsm/rr"
shared="${ROGUEWATCH_SHARED:-$repo/../shared}"
real="$shared/captures/grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

si2quater_fields=(
  gsm_a.rr.ba_ind gsm_a.rr.3g_ba_ind gsm_a.rr.mp_change_mark gsm_a.rr.si2quater_index
  gsm_a.rr.si2quater_count gsm_a.rr.fdd_uarfcn gsm_a.rr.nr_of_fdd_cells gsm_a.rr.fdd_cell_info_param_value0
  gsm_a.rr.tdd_uarfcn
  gsm_a.rr.3g_ccn_active
  gsm_a.rr.serving_cell_priority_param_geran_priority
  gsm_a.rr.serving_cell_priority_param_thresh_prio_search
  gsm_a.rr.serving_cell_priority_param_thresh_gsm_low
  gsm_a.rr.serving_cell_priority_param_h_prio
  gsm_a.rr.serving_cell_priority_param_t_reselection
  gsm_a.rr.3g_priority.default_utran_prio gsm_a.rr.3g_priority.default_threshold_utran
  gsm_a.rr.3g_priority.default_utran_qrxlevmin gsm_a.rr.3g_priority.utran_frequency_index
  gsm_a.rr.3g_priority.utran_priority gsm_a.rr.3g_priority.thres_utran_high
  gsm_a.rr.3g_priority.thres_utran_low gsm_a.rr.3g_priority.utran_qrxlevmin
  gsm_a.rr.eutran_parameters_description gsm_a.rr.3g_priority.eutran_ccn_active
  gsm_a.rr.earfcn gsm_a.rr.eutran_measurement_bandwidth gsm_a.rr.eutran_priority
  gsm_a.rr.thresh_eutran_high gsm_a.rr.thresh_eutran_low gsm_a.rr.eutran_qrxlevmin
  _ws.expert.message
)
si13_fields=(
  gsm_a.rr.si13_contents gsm_a.rr.bcch_change_mark gsm_a.rr.si_change_field gsm_a.rr.si13_change_mark
  gsm_a.rr.rac gsm_a.rr.spgc_ccch_sup gsm_a.rr.priority_access_thr gsm_a.rr.network_control_order
  gsm_a.rr.nmo gsm_a.rr.t3168 gsm_a.rr.t3192 gsm_a.rr.drx_timer_max gsm_a.rr.access_burst_type
  gsm_a.rr.control_ack_type gsm_a.rr.bs_cv_max gsm_a.rr.pan_dec gsm_a.rr.pan_inc gsm_a.rr.pan_max
  gsm_a.rr.egprs_supported gsm_a.rr.pfc_feature_mode gsm_a.rr.dtm_support gsm_a.rr.bss_paging_coordination
  gsm_a.rr.ccn_active gsm_a.rr.nw_ext_utbf gsm_a.rr.dtm_enhancements_capability
  gsm_a.rr.alpha gsm_a.rr.t_avg_w gsm_a.rr.t_avg_t gsm_a.rr.pc_meas_chan gsm_a.rr.n_avg_i
  gsm_a.rr.sgsnr gsm_a.rr.si_status_ind gsm_a.rr.lb_ms_txpwr_max_cch gsm_a.rr.si2n_support
  gsm_a.rr.si_change_alt gsm_a.rr.peo_dsc gsm_a.rr.c1_delta_min gsm_a.rr.c1_delta_max
  _ws.expert.message
)

# tshark -T fields with every field given by -e, tab-separated, values joined by ','.
dissect() {
  local pcap=$1 filter=$2; shift 2
  local args=()
  for f in "$@"; do args+=(-e "$f"); done
  tshark -r "$pcap" -Y "$filter" -T fields -E separator=/t -E occurrence=a -E aggregator=, \
    -e gsmtap.frame_nr "${args[@]}" 2>/dev/null
}

header() {
  local key=$1; shift
  (IFS=$'\t'; echo "$key	$*")
}

# frames file -> text2pcap hex dump (one GSMTAP datagram per frame) and the list of names.
crafted() {
  local frames=$1 kind=$2; shift 2
  local names="$work/$kind.names" dump="$work/$kind.hex"
  : > "$names"; : > "$dump"
  local n=0
  while read -r name hex; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    if (( ${#hex} != 46 )); then echo "$frames: $name is not 23 octets" >&2; exit 1; fi
    local fn; fn=$(printf '%08x' $((1000 + n)))
    # GSMTAP v2: version 2, 4 words, type UM (1), TS 0, ARFCN 725, -60 dBm, SNR 20, FN,
    # sub-type BCCH (1), antenna 0, sub-slot 0, padding.
    local datagram="020401$(printf '00%04x' 725)c414${fn}01000000${hex}"
    echo "$datagram" | xxd -r -p | od -Ax -tx1 -v >> "$dump"
    echo "$name" >> "$names"
    n=$((n + 1))
  done < "$frames"
  if ! text2pcap -q -u 34567,4729 "$dump" "$work/$kind.pcap" > "$work/text2pcap.log" 2>&1; then
    cat "$work/text2pcap.log" >&2
    exit 1
  fi
  local out="$resources/$kind-tshark.tsv"
  header name "$@" > "$out"
  paste "$names" <(dissect "$work/$kind.pcap" gsmtap "$@" | cut -f2-) >> "$out"
  echo "wrote $out ($n frames)"
}

crafted "$resources/si2quater-frames.txt" si2quater "${si2quater_fields[@]}"
crafted "$resources/si13-frames.txt" si13 "${si13_fields[@]}"

if [[ -r "$real" ]]; then
  out="$resources/si2quater-real-tshark.tsv"
  header fn "${si2quater_fields[@]}" > "$out"
  dissect "$real" 'gsm_a.dtap.msg_rr_type == 0x07' "${si2quater_fields[@]}" >> "$out"
  echo "wrote $out"
  out="$resources/si13-real-tshark.tsv"
  header fn "${si13_fields[@]}" > "$out"
  dissect "$real" 'gsm_a.dtap.msg_rr_type == 0x00' "${si13_fields[@]}" >> "$out"
  echo "wrote $out"
else
  echo "skipped the real capture: $real is absent" >&2
fi
