package org.roguewatch.lte.nas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What tshark 4.0 must show for a NAS PDU record, field by field: the oracle's side of "the bytes
 * mean the record". Every value comes from the record, none from the bytes. Fields a record does
 * not model are left out, except the ones listed in {@link #EMPTY_UNLESS_SET}, which must then be
 * empty in tshark's dissection too. Numbers compare as numbers ("0x55" equals "85").
 */
final class NasTsharkExpectations {
    /** Pseudo-field: seconds of the first GPRS timer, from tshark's unit and value fields. */
    static final String T3412_SECONDS = "t3412-seconds";
    /** Pseudo-field: whether tshark showed the body as a ciphered message ("1") or not (""). */
    static final String CIPHERED = "ciphered";

    private static final List<String> EMPTY_UNLESS_SET = List.of(
            "nas_eps.nas_msg_emm_type", "nas_eps.nas_msg_esm_type", "nas_eps.seq_no", "nas_eps.seq_no_short",
            "nas_eps.emm.short_mac", "nas_eps.emm.id_type2", "nas_eps.emm.toc", "nas_eps.emm.toi",
            "nas_eps.emm.imeisv_req", "nas_eps.emm.cause", "nas_eps.emm.eps_att_type", "nas_eps.emm.EPS_attach_result",
            "nas_eps.emm.detach_type_ul", "nas_eps.emm.detach_type_dl", "nas_eps.emm.switch_off",
            "nas_eps.emm.update_type_value", "nas_eps.emm.active_flg", "nas_eps.emm.eps_update_result_value",
            "gsm_a.dtap.rand", "gsm_a.dtap.autn", "nas_eps.emm.res", "gsm_a.dtap.text_string", CIPHERED,
            "_ws.malformed", "_ws.expert.message");
    /** Strings whose every character counts (digits with leading zeros, hex, text). */
    private static final Set<String> TEXT_FIELDS = Set.of("e212.imsi", "gsm_a.imei", "gsm_a.imeisv", "nas_eps.emm.imei",
            "gsm_a.dtap.rand", "gsm_a.dtap.autn", "nas_eps.emm.res", "gsm_a.dtap.text_string", "_ws.expert.message");

    private final Map<String, String> fields = new LinkedHashMap<>();

    private NasTsharkExpectations() {
        EMPTY_UNLESS_SET.forEach(f -> fields.put(f, ""));
    }

    static Map<String, String> of(NasPdu pdu) {
        NasTsharkExpectations out = new NasTsharkExpectations();
        out.pdu(pdu);
        return out.fields;
    }

    /** Differences between the expectation and tshark's row, one line each; empty when they agree. */
    static List<String> mismatches(String label, Map<String, String> expected, Map<String, String> row) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String field = e.getKey();
            String actual = actual(field, row);
            if (actual == null) {
                out.add(label + ": the fixture has no column " + field);
            } else if (!same(field, e.getValue(), actual)) {
                out.add(label + " " + field + ": record says '" + e.getValue() + "', tshark '" + actual + "'");
            }
        }
        return out;
    }

    private static String actual(String field, Map<String, String> row) {
        if (field.equals(CIPHERED)) {
            return row.get("nas_eps.ciphered_msg").isEmpty() ? "" : "1";
        }
        if (field.equals(T3412_SECONDS)) {
            String unit = row.get("gsm_a.gm.gmm.gprs_timer_unit").split(",")[0];
            String value = row.get("gsm_a.gm.gmm.gprs_timer_value").split(",")[0];
            if (unit.isEmpty()) {
                return "";
            }
            // tshark's unit names (24.008 10.5.7.3): 0 "2 seconds", 1 "1 minute", 2 "decihours", 7 "deactivated".
            int v = Integer.parseInt(value);
            return switch (Integer.parseInt(unit)) {
                case 0 -> String.valueOf(2 * v);
                case 2 -> String.valueOf(360 * v);
                case 7 -> String.valueOf(GprsTimer.DEACTIVATED);
                default -> String.valueOf(60 * v);
            };
        }
        return row.get(field);
    }

    private static boolean same(String field, String expected, String actual) {
        String[] e = expected.split(",", -1);
        String[] a = actual.split(",", -1);
        if (e.length != a.length) {
            return false;
        }
        for (int i = 0; i < e.length; i++) {
            Long en = TEXT_FIELDS.contains(field) ? null : number(e[i]);
            Long an = TEXT_FIELDS.contains(field) ? null : number(a[i]);
            if (!(en != null && an != null ? en.equals(an) : e[i].equals(a[i]))) {
                return false;
            }
        }
        return true;
    }

    private static Long number(String text) {
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void pdu(NasPdu pdu) {
        int type = pdu.securityHeaderType();
        NasMessage message = pdu.message();
        if (message instanceof EmmServiceRequest request) {
            put("nas_eps.security_header_type", type);
            put("nas_eps.seq_no_short", pdu.sequenceNumber());
            put("nas_eps.emm.nas_key_set_id", request.nasKsi());
            put("nas_eps.emm.short_mac", request.shortMac());
            return;
        }
        if (type != SecurityHeaderTypes.PLAIN) {
            put("nas_eps.seq_no", pdu.sequenceNumber());
        }
        if (message == null) {
            put("nas_eps.security_header_type", type);
            put(CIPHERED, "1");
            return;
        }
        if (message instanceof EsmMessage esm) {
            // tshark's plain dissector shows no header type for a plain ESM message; a protected one has no inner EMM header.
            put("nas_eps.security_header_type", type == 0 ? "" : String.valueOf(type));
            put("nas_eps.nas_msg_esm_type", esm.type());
            return;
        }
        put("nas_eps.security_header_type", type == 0 ? "0" : type + ",0");
        put("nas_eps.nas_msg_emm_type", emmType(message));
        emm(message);
    }

    private static int emmType(NasMessage message) {
        if (message instanceof OtherNasMessage other) {
            return other.type();
        }
        for (int type = 0; type < 256; type++) {
            if (NasMessageNames.emm(type).equals(message.name())) {
                return type;
            }
        }
        throw new IllegalArgumentException("no EMM type is named " + message.name());
    }

    private void emm(NasMessage message) {
        if (message instanceof EmmAttachRequest m) {
            put("nas_eps.emm.eps_att_type", m.attachType());
            put("nas_eps.emm.nas_key_set_id", m.nasKsi());
            put("nas_eps.emm.type_of_id", m.identityType().code());
            put("e212.imsi", m.imsi() == null ? "" : m.imsi());
            fields.remove("nas_eps.nas_msg_esm_type"); // the container is not part of the record
        } else if (message instanceof EmmAttachAccept m) {
            put("nas_eps.emm.EPS_attach_result", m.attachResult());
            put(T3412_SECONDS, m.t3412Seconds());
            put("nas_eps.nas_msg_esm_type", m.esmMessage() == null ? "" : String.valueOf(m.esmMessage().type()));
            optionalCause(m.emmCause());
        } else if (message instanceof EmmAttachReject m) {
            put("nas_eps.emm.cause", m.emmCause());
        } else if (message instanceof EmmDetachRequest m) {
            if (m.ueOriginating()) {
                put("nas_eps.emm.detach_type_ul", m.detachType());
                put("nas_eps.emm.switch_off", m.switchOff() ? 1 : 0);
            } else {
                put("nas_eps.emm.detach_type_dl", m.detachType());
                optionalCause(m.emmCause());
            }
        } else if (message instanceof EmmTrackingAreaUpdateRequest m) {
            put("nas_eps.emm.update_type_value", m.updateType());
            put("nas_eps.emm.active_flg", m.active() ? 1 : 0);
            put("nas_eps.emm.nas_key_set_id", m.nasKsi());
        } else if (message instanceof EmmTrackingAreaUpdateAccept m) {
            put("nas_eps.emm.eps_update_result_value", m.updateResult());
            optionalCause(m.emmCause());
        } else if (message instanceof EmmTrackingAreaUpdateReject m) {
            put("nas_eps.emm.cause", m.emmCause());
        } else if (message instanceof EmmServiceReject m) {
            put("nas_eps.emm.cause", m.emmCause());
        } else if (message instanceof EmmIdentityRequest m) {
            put("nas_eps.emm.id_type2", m.identityType().code());
        } else if (message instanceof EmmIdentityResponse m) {
            identity(m);
        } else if (message instanceof EmmAuthenticationRequest m) {
            put("nas_eps.emm.nas_key_set_id", m.nasKsi());
            put("gsm_a.dtap.rand", m.rand());
            put("gsm_a.dtap.autn", m.autn());
        } else if (message instanceof EmmAuthenticationResponse m) {
            put("nas_eps.emm.res", m.res());
        } else if (message instanceof EmmSecurityModeCommand m) {
            put("nas_eps.emm.toc", m.cipheringAlgorithm());
            put("nas_eps.emm.toi", m.integrityAlgorithm());
            put("nas_eps.emm.nas_key_set_id", m.nasKsi());
            put("nas_eps.emm.imeisv_req", m.imeisvRequested() ? "1" : "");
        } else if (message instanceof EmmSecurityModeReject m) {
            put("nas_eps.emm.cause", m.cause());
        } else if (message instanceof EmmStatus m) {
            put("nas_eps.emm.cause", m.cause());
        } else if (message instanceof EmmInformation m) {
            List<String> names = new ArrayList<>();
            if (m.fullName() != null) {
                names.add(m.fullName());
            }
            if (m.shortName() != null) {
                names.add(m.shortName());
            }
            put("gsm_a.dtap.text_string", String.join(",", names));
        }
    }

    private void identity(EmmIdentityResponse response) {
        String digits = response.digits();
        put("gsm_a.ie.mobileid.type", switch (response.type()) {
            case NONE -> 0;
            case IMSI -> 1;
            case IMEI -> 2;
            case IMEISV -> 3;
            case TMSI -> 4;
            case OTHER -> 7;
        });
        put("e212.imsi", response.type() == MobileIdentityType.IMSI ? digits : "");
        put("gsm_a.imei", response.type() == MobileIdentityType.IMEI ? digits : "");
        put("gsm_a.imeisv", response.type() == MobileIdentityType.IMEISV ? digits : "");
        put("3gpp.tmsi", response.type() == MobileIdentityType.TMSI ? String.valueOf(Long.parseLong(digits, 16)) : "");
    }

    private void optionalCause(int cause) {
        put("nas_eps.emm.cause", cause < 0 ? "" : String.valueOf(cause));
    }

    private void put(String field, long value) {
        fields.put(field, Long.toString(value));
    }

    private void put(String field, String value) {
        fields.put(field, value);
    }
}
