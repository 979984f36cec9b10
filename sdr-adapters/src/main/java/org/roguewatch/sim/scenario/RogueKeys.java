package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.lte.nas.IdentityType2;

/**
 * Reads a [rogue ID] section: {@code radio = GSM} (the default) or {@code LTE}, an identity cloned
 * from a legitimate cell ({@code clone = MCC-MNC-LAC-CI}, {@code MCC-MNC-ECI} or a cell id) or
 * invented, radiated power, where and when; for GSM the SI parameters and what it does to phones,
 * for LTE its reselection priorities and what it does to UEs (identity requests, null security,
 * attach reject, redirection to GSM, paging by IMSI).
 */
final class RogueKeys {
    private static final String[] GSM_ONLY = {"arfcn", "bsic", "lac", "ci", "t3212", "cell_reselect_offset",
        "temporary_offset", "penalty_time", "cell_reselect_hysteresis", "ms_txpwr_max_cch", "rxlev_access_min",
        "ncc_permitted", "cell_barred", "gprs", "si2ter", "multiband_neighbours", "si2quater", "eutran_neighbours",
        "neighbours", "cipher", "lu_reject_cause", "sms_text", "sms_sender", "sms_service_centre"};
    private static final String[] LTE_ONLY = {"earfcn", "pci", "tac", "eci", "redirect_arfcn", "lte_priority",
        "attach_reject_cause", "null_security", "paging_imsis"};
    /** Keys both radios read, each in its own way. */
    private static final String[] SHARED = {"phones_per_minute", "identity_requests", "geran_priority",
        "paging_per_minute"};

    private RogueKeys() {
    }

    static Emitter read(SectionReader in, Area area, NetworkKeys.Network network, LocalFrame frame) {
        String radio = in.text("radio", "GSM").toUpperCase(Locale.ROOT);
        double eirp = in.required("eirp_dbm", t -> {
            double value = Values.decimal(t);
            if (value < 0) {
                throw new BadValue("negative power " + t + " (dBm of radiated power are 0 or more)");
            }
            return Values.range(value, 0, 100, t);
        }, 0.0);
        double height = in.decimal("height_m", 2, 0, 1000);
        Antenna antenna = antenna(in);
        Track track = TrackKeys.read(in, area, true);
        Schedule schedule = TrackKeys.schedule(in);
        String id = in.section().id();
        return switch (radio) {
            case "GSM" -> {
                for (String key : LTE_ONLY) {
                    if (in.has(key)) {
                        in.problem(key, "an LTE key in a GSM rogue (set radio = LTE)");
                    }
                }
                yield gsm(in, id, eirp, height, antenna, track, schedule, network, frame);
            }
            case "LTE" -> {
                for (String key : GSM_ONLY) {
                    if (in.has(key)) {
                        in.problem(key, "a GSM key in an LTE rogue (radio = LTE)");
                    }
                }
                yield lte(in, id, eirp, height, antenna, track, schedule, network, frame);
            }
            default -> {
                in.problem("radio", "'" + radio + "' is not GSM or LTE");
                in.known(GSM_ONLY);
                in.known(LTE_ONLY);
                in.known(SHARED);
                in.known("clone", "mcc", "mnc");
                yield null;
            }
        };
    }

    private static Antenna antenna(SectionReader in) {
        Double azimuth = in.value("azimuth_deg", t -> Values.range(Values.decimal(t), 0, 360, t), null);
        double beamwidth = in.decimal("beamwidth_deg", azimuth == null ? 360 : 65, 1, 360);
        return new Antenna(azimuth, beamwidth);
    }

    private static GsmCell gsm(SectionReader in, String id, double eirp, double height, Antenna antenna, Track track,
                               Schedule schedule, NetworkKeys.Network network, LocalFrame frame) {
        GsmCell cloned = null;
        String mcc;
        String mnc;
        int lac;
        int ci;
        if (in.has("clone")) {
            String name = in.text("clone", "");
            cloned = network.gsm().stream().filter(c -> c.id().equals(name) || c.cgi().equals(name)).findFirst()
                    .orElse(null);
            if (cloned == null) {
                in.problem("clone", "no legitimate GSM cell '" + name + "' (give MCC-MNC-LAC-CI or a cell id such as "
                        + (network.gsm().isEmpty() ? "site1-1" : network.gsm().get(0).id()) + ")");
            }
            for (String key : List.of("mcc", "mnc", "lac", "ci")) {
                if (in.has(key)) {
                    in.problem(key, "the clone gives the identity; drop " + key + " or clone");
                }
            }
            mcc = cloned == null ? "001" : cloned.mcc();
            mnc = cloned == null ? "01" : cloned.mnc();
            lac = cloned == null ? 1 : cloned.lac();
            ci = cloned == null ? 0 : cloned.ci();
        } else {
            mcc = in.required("mcc", Values::mcc, "001");
            mnc = in.required("mnc", Values::mnc, "01");
            lac = in.required("lac", t -> {
                long value = Values.integer(t);
                if (value < 1 || value > 65535 || value == 65534) {
                    throw new BadValue(t + " is outside 1..65535 or the reserved 65534");
                }
                return (int) value;
            }, 1);
            ci = in.required("ci", t -> (int) Values.range(Values.integer(t), 0, 65535, t), 0);
        }
        Integer clonedArfcn = cloned == null ? null : cloned.arfcn();
        int arfcn = in.value("arfcn", t -> {
            long value = Values.integer(t);
            if (value < 0 || value > 1023 || !GsmBands.supported((int) value)) {
                throw new BadValue("ARFCN " + t + " is not in GSM 900 or DCS 1800");
            }
            return (int) value;
        }, clonedArfcn == null ? -1 : clonedArfcn);
        if (arfcn < 0 && !in.has("arfcn")) {
            in.problem("arfcn", "missing in " + in.section().label() + " (only a clone takes its cell's ARFCN)");
        }
        int bsic = in.value("bsic", Values::bsic, cloned == null ? 0 : cloned.bsic());
        SiParameters si = SiKeys.read(in, withPaging(network.si(), in.has("paging_per_minute") ? -1 : 0));
        GsmCell template = cloned;
        List<Integer> neighbours = in.value("neighbours", t -> {
            if (t.equalsIgnoreCase("clone")) {
                if (template == null) {
                    throw new BadValue("'clone' needs clone = CELL");
                }
                return template.neighbours();
            }
            List<Integer> list = Values.integers(t, 0, 1023);
            if (!ArfcnLists.fits(list)) {
                throw new BadValue("these " + list.size() + " ARFCNs fit no 16-octet frequency list");
            }
            return list.stream().distinct().sorted().toList();
        }, null);
        if (neighbours == null) {
            neighbours = track == null ? List.of() : NeighbourPlanner.nearest(frame.toLocal(track.first()), id,
                    arfcn, network.gsm(), frame, network.neighbourCount());
        }
        RogueBehaviour behaviour = behaviour(in);
        if (track == null || arfcn < 0) {
            return null;
        }
        GsmCell cell = new GsmCell(id, true, List.of(), mcc, mnc, lac, ci, arfcn, bsic, eirp, antenna, height, track,
                schedule, si, neighbours, behaviour, id);
        return new GsmCell(id, true, RogueReasons.gsm(cell, cloned, network), mcc, mnc, lac, ci, arfcn, bsic, eirp,
                antenna, height, track, schedule, si, neighbours, behaviour, id);
    }

    /** A rogue pages no one unless told: it has no subscribers. {@code pagingPerMinute} -1 keeps the base. */
    private static SiParameters withPaging(SiParameters base, double pagingPerMinute) {
        if (pagingPerMinute < 0) {
            return base;
        }
        return new SiParameters(base.t3212(), base.cellReselectOffset(), base.temporaryOffset(), base.penaltyTime(),
                base.cellReselectHysteresis(), base.msTxpwrMaxCch(), base.rxlevAccessMin(), base.nccPermitted(),
                base.cellBarred(), base.gprs(), base.si2ter(), base.multibandNeighbours(), base.si2quater(),
                base.eutranNeighbours(), base.geranPriority(), pagingPerMinute);
    }

    private static RogueBehaviour behaviour(SectionReader in) {
        double phones = in.decimal("phones_per_minute", 0, 0, 60);
        List<MobileIdentity.Type> identities = in.value("identity_requests", t -> {
            List<MobileIdentity.Type> list = new ArrayList<>();
            if (t.equalsIgnoreCase("none")) {
                return list;
            }
            for (String word : Values.words(t)) {
                switch (word.toUpperCase(Locale.ROOT)) {
                    case "IMSI" -> list.add(MobileIdentity.Type.IMSI);
                    case "IMEI" -> list.add(MobileIdentity.Type.IMEI);
                    case "IMEISV" -> list.add(MobileIdentity.Type.IMEISV);
                    default -> throw new BadValue("'" + word + "' is not IMSI, IMEI or IMEISV");
                }
            }
            return list;
        }, List.of());
        int cipher = in.value("cipher", t -> {
            String c = t.toUpperCase(Locale.ROOT).replace(" ", "");
            if (c.matches("A5/[0-3]")) {
                return c.charAt(3) - '0';
            }
            throw new BadValue("'" + t + "' is not A5/0, A5/1, A5/2 or A5/3");
        }, 0);
        Integer reject = in.value("lu_reject_cause", t -> t.equalsIgnoreCase("none") ? null
                : (Integer) (int) Values.range(Values.integer(t), 1, 255, t), null);
        String text = in.value("sms_text", t -> {
            if (t.isEmpty()) {
                throw new BadValue("empty text (leave the key out for no SMS)");
            }
            return t;
        }, null);
        String sender = in.value("sms_sender", t -> {
            if (t.isEmpty() || t.length() > 20 || !(t.matches("\\+?\\d+") || t.matches("[\\p{Print}&&[^,]]{1,11}"))) {
                throw new BadValue("'" + t + "' is neither a number (up to 20 digits) nor a name of up to 11 characters");
            }
            return t;
        }, null);
        String centre = in.value("sms_service_centre", t -> {
            if (!t.matches("\\+?\\d{1,20}")) {
                throw new BadValue("'" + t + "' is not a phone number");
            }
            return t.startsWith("+") ? t.substring(1) : t;
        }, "491720000000");
        if (text != null && sender == null) {
            in.problem("sms_text", "an SMS needs sms_sender");
        }
        if (sender != null && text == null) {
            in.problem("sms_sender", "sms_sender without sms_text");
        }
        if (text != null && phones == 0) {
            in.problem("sms_text", "an SMS blast needs phones_per_minute above 0");
        }
        return new RogueBehaviour(phones, identities, cipher, reject, text, sender, centre);
    }

    private static LteCell lte(SectionReader in, String id, double eirp, double height, Antenna antenna, Track track,
                               Schedule schedule, NetworkKeys.Network network, LocalFrame frame) {
        LteCell cloned = null;
        if (in.has("clone")) {
            String name = in.text("clone", "");
            cloned = network.lte().stream().filter(c -> c.id().equals(name)
                    || (c.mcc() + "-" + c.mnc() + "-" + c.eci()).equals(name)).findFirst().orElse(null);
            if (cloned == null) {
                in.problem("clone", "no legitimate LTE cell '" + name + "' (give MCC-MNC-ECI or a cell id)");
            }
        }
        String mcc = cloned != null ? cloned.mcc() : in.required("mcc", Values::mcc, "001");
        String mnc = cloned != null ? cloned.mnc() : in.required("mnc", Values::mnc, "01");
        int tac = cloned != null ? cloned.tac() : in.required("tac", t -> {
            long value = Values.integer(t);
            if (value < 1 || value > 65535 || value == 65534) {
                throw new BadValue(t + " is outside 1..65535 or the reserved 65534");
            }
            return (int) value;
        }, 1);
        long eci = cloned != null ? cloned.eci() : in.required("eci", t -> {
            long value = Values.integer(t);
            if (value < 0 || value >= 1L << 28) {
                throw new BadValue(t + " is outside 0..268435455");
            }
            return value;
        }, 0L);
        if (cloned != null) {
            for (String key : List.of("mcc", "mnc", "tac", "eci")) {
                if (in.has(key)) {
                    in.problem(key, "the clone gives the identity; drop " + key + " or clone");
                }
            }
        }
        int earfcn = in.value("earfcn", t -> LteBands.check(Values.integer(t), t), cloned == null ? -1 : cloned.earfcn());
        if (earfcn < 0 && !in.has("earfcn")) {
            in.problem("earfcn", "missing in " + in.section().label());
        }
        Integer pci = in.value("pci", t -> (Integer) (int) Values.range(Values.integer(t), 0, 503, t),
                cloned == null ? null : cloned.pci());
        Integer redirect = in.value("redirect_arfcn", t -> {
            long value = Values.integer(t);
            if (value < 0 || value > 1023 || !GsmBands.supported((int) value)) {
                throw new BadValue("ARFCN " + t + " is not in GSM 900 or DCS 1800");
            }
            return (Integer) (int) value;
        }, null);
        LteParameters base = cloned != null ? cloned.parameters() : network.lteParameters();
        int ltePriority = in.integer("lte_priority", base.ltePriority(), 0, 7);
        int geranPriority = in.integer("geran_priority", base.geranPriority(), 0, 7);
        LteRogueBehaviour behaviour = lteBehaviour(in, redirect);
        if (track == null || earfcn < 0) {
            return null;
        }
        LteParameters parameters = new LteParameters(ltePriority, geranPriority, base.utraNeighbours(),
                base.utraPriority(), 0, 0);
        // A careful catcher names what the operator's cells name, plus the GSM carrier it sends UEs to.
        List<Integer> eutra = cloned != null ? cloned.eutraNeighbours() : LteNeighbourPlanner.eutra(earfcn, network.lte());
        TreeSet<Integer> geran = new TreeSet<>(cloned != null ? cloned.geranNeighbours()
                : LteNeighbourPlanner.geran(frame.toLocal(track.first()), network.gsm(), frame, network.neighbourCount()));
        if (redirect != null) {
            geran.add(redirect);
        }
        LteCell cell = new LteCell(id, true, List.of(), mcc, mnc, tac, eci, earfcn, pci, eirp, antenna, height, track,
                schedule, redirect, id, parameters, eutra, List.copyOf(geran), behaviour);
        return cell.withReasons(RogueReasons.lte(cell, cloned, network));
    }

    /** What an LTE rogue does to UEs; everything it does to them needs UEs ({@code phones_per_minute}). */
    private static LteRogueBehaviour lteBehaviour(SectionReader in, Integer redirect) {
        double phones = in.decimal("phones_per_minute", 0, 0, 60);
        List<IdentityType2> identities = in.value("identity_requests", t -> {
            List<IdentityType2> list = new ArrayList<>();
            if (t.equalsIgnoreCase("none")) {
                return list;
            }
            for (String word : Values.words(t)) {
                switch (word.toUpperCase(Locale.ROOT)) {
                    case "IMSI" -> list.add(IdentityType2.IMSI);
                    case "IMEI" -> list.add(IdentityType2.IMEI);
                    case "IMEISV" -> list.add(IdentityType2.IMEISV);
                    default -> throw new BadValue("'" + word + "' is not IMSI, IMEI or IMEISV");
                }
            }
            return list;
        }, List.of());
        boolean nullSecurity = in.bool("null_security", false);
        Integer reject = in.value("attach_reject_cause", t -> t.equalsIgnoreCase("none") ? null
                : (Integer) (int) Values.range(Values.integer(t), 1, 255, t), null);
        List<String> imsis = in.value("paging_imsis", t -> {
            List<String> list = new ArrayList<>();
            if (t.equalsIgnoreCase("none")) {
                return list;
            }
            for (String word : Values.words(t)) {
                if (!word.matches("\\d{6,15}")) {
                    throw new BadValue("'" + word + "' is not an IMSI (6 to 15 digits)");
                }
                list.add(word);
            }
            return list;
        }, List.of());
        double paging = in.decimal("paging_per_minute", imsis.isEmpty() ? 0 : 2, 0, 600);
        if (paging > 0 && imsis.isEmpty()) {
            in.problem("paging_per_minute", "an LTE rogue pages by IMSI (it knows no subscriber's S-TMSI): give paging_imsis");
        }
        if (phones == 0) {
            String needsPhones = "acts on the UEs the cell serves: needs phones_per_minute above 0";
            if (!identities.isEmpty()) {
                in.problem("identity_requests", needsPhones);
            }
            if (nullSecurity) {
                in.problem("null_security", needsPhones);
            }
            if (reject != null) {
                in.problem("attach_reject_cause", needsPhones);
            }
            if (redirect != null) {
                in.problem("redirect_arfcn", needsPhones);
            }
        }
        return new LteRogueBehaviour(phones, identities, nullSecurity, reject, imsis, paging);
    }
}
