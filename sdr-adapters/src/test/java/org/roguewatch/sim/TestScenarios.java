package org.roguewatch.sim;

import java.nio.file.Path;
import java.util.List;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;

/** Scenarios written inline for the tests, and the shipped city scenario. */
final class TestScenarios {
    static final Path CITY = Path.of("..", "config", "scenarios", "city.scenario");

    /**
     * A small town: 7 sites x 3 sectors with 21 distinct carriers (reuse 7, so every ARFCN names
     * one emitter), a probe near the centre and one driving around, an SMS blaster with LU reject,
     * a clone that ciphers with A5/1, an LTE catcher, two FM stations; no fading and a very low
     * sensitivity, so every frame is heard at exactly the link budget's level.
     */
    static final String TOWN = """
            [scenario]
            name = town
            seed = 7
            start = 2026-11-24T08:00:00Z
            duration = 4m

            [area]
            origin = 51.2277, 6.7735
            width_m = 6000
            height_m = 6000

            [propagation]
            reference_loss_db = 80
            shadowing_sigma_db = 6
            correlation_distance_m = 50
            sensitivity_dbm = -150
            fading_sigma_db = 0

            [render]
            si_decimation = 4
            truth_interval = 30s

            [spectrum]
            interval = 30s

            [network]
            layout = hex
            mcc = 262
            mnc = 02
            rings = 1
            arfcns = 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50, 53, 56, 59, 62
            reuse_sites = 7
            ncc = 3
            lac_first = 318
            sites_per_lac = 4
            ci_first = 11200
            eutran_neighbours = 6300
            paging_per_minute = 6

            [probe centre]
            position = 51.2280, 6.7740

            [probe van]
            waypoint = 0s 51.2200, 6.7600
            waypoint = 2m 51.2350, 6.7800
            waypoint = 4m 51.2250, 6.7900
            height_m = 2

            [rogue blaster]
            mcc = 262
            mnc = 02
            lac = 4711
            ci = 999
            arfcn = 70
            eirp_dbm = 40
            schedule = 30s-3m30s
            waypoint = 30s 51.2250, 6.7650
            waypoint = 3m30s 51.2300, 6.7800
            t3212 = 0
            cell_reselect_offset = 63
            penalty_time = 0
            neighbours = none
            gprs = no
            si2ter = no
            si2quater = no
            phones_per_minute = 4
            identity_requests = IMSI, IMEI
            cipher = A5/0
            lu_reject_cause = 13
            sms_sender = 95588
            sms_text = 【工商银行】尊敬的客户：您的积分即将清零，请登录 icbc-jf.cn 兑换现金礼品。

            [rogue clone]
            clone = site3-2
            arfcn = 80
            eirp_dbm = 35
            position = 51.2290, 6.7760
            phones_per_minute = 2
            identity_requests = IMSI
            cipher = A5/1

            [rogue lte]
            radio = LTE
            mcc = 001
            mnc = 01
            tac = 7
            eci = 1234
            earfcn = 6300
            pci = 9
            eirp_dbm = 40
            position = 51.2260, 6.7700
            redirect_arfcn = 70
            phones_per_minute = 2

            [fm licensed]
            frequency_mhz = 99.2
            erp_dbm = 70
            position = 51.2180, 6.7617
            pi = D392

            [fm pirate]
            frequency_mhz = 88.8
            erp_dbm = 30
            licensed = no
            position = 51.2300, 6.7690
            schedule = 1m-3m
            """;

    /**
     * An LTE town: 7 sites x 3 sectors with GSM and two LTE carriers (band 20 and band 3, reuse 1),
     * UTRA neighbours, a probe on a rooftop 400 m north of the centre site with an LTE catcher parked
     * below it for four minutes (IMSI and IMEISV requests, null security, Attach Reject #15,
     * redirection to GSM ARFCN 70, GERAN above LTE, paging by IMSI), a clone of a band-3 cell on
     * another EARFCN, and a probe driving past; no fading, so every frame is heard at exactly the
     * link budget's level.
     */
    static final String LTE_TOWN = """
            [scenario]
            name = lte-town
            seed = 11
            start = 2026-11-24T08:00:00Z
            duration = 6m

            [area]
            origin = 51.2277, 6.7735
            width_m = 6000
            height_m = 6000

            [propagation]
            reference_loss_db = 80
            shadowing_sigma_db = 6
            fading_sigma_db = 0
            lte_load = 0.5

            [render]
            si_decimation = 64
            lte_si_decimation = 4

            [network]
            layout = hex
            mcc = 262
            mnc = 02
            rings = 1
            arfcns = 2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35
            lac_first = 318
            sites_per_lac = 4
            ci_first = 11200
            lte_earfcns = 6300, 1300
            enb_id_first = 4100
            lte_priority = 6
            utra_neighbours = 10588, 10612
            utra_priority = 3
            geran_priority = 2
            paging_per_minute = 6
            attaches_per_minute = 4

            [probe roof]
            position = 51.2313, 6.7735
            height_m = 25

            [probe van]
            waypoint = 0s 51.2200, 6.7600
            waypoint = 3m 51.2350, 6.7800
            waypoint = 6m 51.2250, 6.7900
            height_m = 2

            [rogue catcher]
            radio = LTE
            mcc = 262
            mnc = 02
            tac = 4712
            eci = 12345678
            earfcn = 6300
            pci = 77
            eirp_dbm = 50
            position = 51.2315, 6.7737
            schedule = 1m-5m
            phones_per_minute = 6
            identity_requests = IMSI, IMEISV
            null_security = yes
            attach_reject_cause = 15
            redirect_arfcn = 70
            geran_priority = 7
            paging_imsis = 262029876543210, 262020123456789
            paging_per_minute = 4

            [rogue clone]
            radio = LTE
            clone = site2-1-1300
            earfcn = 1350
            eirp_dbm = 40
            position = 51.2300, 6.7760
            """;

    private TestScenarios() {
    }

    static Scenario lteTown() {
        return parse(LTE_TOWN);
    }

    static Scenario town() {
        return parse(TOWN);
    }

    static Scenario parse(String text) {
        try {
            return ScenarioLoader.parse("test.scenario", List.of(text.split("\n", -1)), null);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Scenario city() {
        try {
            return ScenarioLoader.load(CITY);
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
