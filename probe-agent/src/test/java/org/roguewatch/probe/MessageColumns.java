package org.roguewatch.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.mm.IdentityResponse;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingRequest;
import org.roguewatch.gsm.mm.CmServiceRequest;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.sms.CpData;
import org.roguewatch.gsm.sms.RpData;
import org.roguewatch.gsm.sms.SmsDeliver;
import org.roguewatch.gsm.rr.PagingRequest;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2bis;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.rr.SystemInformation5;
import org.roguewatch.gsm.rr.SystemInformation6;

/** Our decode of a message in the same columns as {@link TsharkFixture}, for a like-for-like comparison. */
final class MessageColumns {
    private MessageColumns() {
    }

    static Map<String, String> of(RadioMessage message) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : TsharkFixture.COLUMNS) {
            row.put(column, "");
        }
        row.put("message", message.name());
        if (message instanceof SystemInformation3 si3) {
            lai(row, si3.lai());
            row.put("ci", String.valueOf(si3.cellIdentity()));
            row.put("t3212", String.valueOf(si3.controlChannel().t3212()));
            if (si3.restOctets().selection() != null) {
                row.put("cro", String.valueOf(si3.restOctets().selection().cellReselectOffset()));
            }
        } else if (message instanceof SystemInformation4 si4) {
            lai(row, si4.lai());
            if (si4.restOctets().selection() != null) {
                row.put("cro", String.valueOf(si4.restOctets().selection().cellReselectOffset()));
            }
        } else if (message instanceof SystemInformation6 si6) {
            lai(row, si6.lai());
            row.put("ci", String.valueOf(si6.cellIdentity()));
        } else if (message instanceof SystemInformation1 si1) {
            row.put("arfcns", arfcns(si1.cellChannels().arfcns()));
        } else if (message instanceof SystemInformation2 si2) {
            row.put("arfcns", arfcns(si2.neighbours().arfcns()));
        } else if (message instanceof SystemInformation2bis si2bis) {
            row.put("arfcns", arfcns(si2bis.neighbours().arfcns()));
        } else if (message instanceof SystemInformation2ter si2ter) {
            row.put("arfcns", arfcns(si2ter.neighbours().arfcns()));
        } else if (message instanceof SystemInformation5 si5) {
            row.put("arfcns", arfcns(si5.neighbours().arfcns()));
        } else if (message instanceof CipheringModeCommand cipher) {
            row.put("cipher", cipher.startCiphering() ? "A5/" + cipher.algorithm() : "none");
        } else if (message instanceof PagingRequest paging) {
            row.put("identities", identities(paging.identities()));
        } else if (message instanceof LocationUpdatingAccept accept) {
            lai(row, accept.lai());
            row.put("identities", accept.identity() == null ? "" : identities(List.of(accept.identity())));
        } else if (message instanceof LocationUpdatingRequest request) {
            lai(row, request.lai());
            row.put("identities", identities(List.of(request.identity())));
        } else if (message instanceof IdentityResponse response) {
            row.put("identities", identities(List.of(response.identity())));
        } else if (message instanceof CmServiceRequest request) {
            row.put("identities", identities(List.of(request.identity())));
        } else if (message instanceof CpData data && data.rp() instanceof RpData rp
                && rp.tpdu() instanceof SmsDeliver deliver) {
            row.put("smsFrom", deliver.originatingAddress().value());
            row.put("smsText", deliver.text());
        }
        return row;
    }

    private static void lai(Map<String, String> row, LocationAreaId lai) {
        row.put("mcc", lai.mcc());
        row.put("mnc", lai.mnc());
        row.put("lac", String.valueOf(lai.lac()));
    }

    private static String arfcns(int[] arfcns) {
        List<String> out = new ArrayList<>(arfcns.length);
        for (int arfcn : arfcns) {
            out.add(String.valueOf(arfcn));
        }
        return String.join(" ", out);
    }

    private static String identities(List<MobileIdentity> identities) {
        List<String> out = new ArrayList<>();
        for (MobileIdentity identity : identities) {
            String text = switch (identity.type()) {
                case TMSI -> String.format("TMSI:0x%08x", identity.tmsi());
                case IMSI, IMEI, IMEISV -> identity.type() + ":" + identity.digits();
                default -> null;
            };
            if (text != null && !out.contains(text)) {
                out.add(text);
            }
        }
        return String.join(",", out);
    }
}
