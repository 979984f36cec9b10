#!/usr/bin/env python3
"""Writes the sweep CSV fixtures beside this script, in the exact formats of the tools' sources.

rtl_power (rtl-sdr src/rtl_power.c, csv_dbm and main loop), for `rtl_power -f 87M:137M:50k -i 10`:
  frequency_range(): 18 hops of bw_seen = int(50e6/18) = 2777777 Hz, 2^6 = 64 bins of 43402.77 Hz;
  hop i tuned to 87e6 + i*2777777 + 1388888, printed Hz low/high = tuned -/+ bw2 (bw2 = 1388888),
  Hz step "%.2f", samples = FFTs averaged; every hop of a sweep shares one "%Y-%m-%d, %H:%M:%S" stamp;
  bin i is centred on Hz low + i*step; the DC bin (after the shift, index 32) copies index 33; the line
  ends with the last bin printed twice.
hackrf_sweep (hackrf-tools hackrf_sweep.c, rx_callback), for `hackrf_sweep -f 88:108 -w 20000`:
  fftSize 1000 padded to 1004 (odd multiple of 4), bin width 20e6/1004 = 19920.32 Hz, 251 bins per line;
  tunings at 88 and 93 MHz, each printing [f, f+5 MHz] then [f+10, f+15 MHz] (so the order is
  88, 98, 93, 103 MHz); bin i centred on hz_low + (i + 0.5)*width; time "%H:%M:%S.%06ld" per tuning;
  num_samples = fftSize.

Truth (what the tests expect to find):
  rtl_power_87-137M.csv, 4 sweeps 10 s apart from 2024-05-01 21:30:00:
    FM stations at 88.7, 91.5, 95.0, 98.0, 101.7, 103.9, 107.9 MHz in every sweep;
    106.55 MHz (off the 100 kHz raster by 50 kHz) in sweeps 3 and 4 only;
    a narrow spur at 115.8 MHz (aeronautical band) in every sweep; an AM carrier at 121.5 MHz in sweep 2 only.
  hackrf_sweep_88-108M.csv, 3 sweeps 0.05 s apart: FM stations at 89.6, 94.2, 99.1, 104.3 MHz.
Run: python3 make-fixtures.py   (deterministic: fixed seed)
"""
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def fm_shape(offset_hz):
    """Relative PSD of an FM broadcast carrier: flat within +-80 kHz, raised-cosine to zero at +-110 kHz."""
    a = abs(offset_hz)
    if a <= 80e3:
        return 1.0
    if a >= 110e3:
        return 0.0
    return 0.5 * (1 + math.cos(math.pi * (a - 80e3) / 30e3))


def narrow_shape(offset_hz, half_width):
    a = abs(offset_hz)
    return 1.0 if a <= half_width else 0.0


def bin_power(centre, width, emitters, noise_db, rng, jitter_db):
    """Mean PSD over the bin [centre - width/2, centre + width/2] (16 sub-samples), plus noise, in dB."""
    total = 0.0
    for k in range(16):
        f = centre - width / 2 + (k + 0.5) * width / 16
        for freq, level_db, shape in emitters:
            total += 10 ** (level_db / 10) * shape(f - freq) / 16
    noise = 10 ** (noise_db / 10)
    return 10 * math.log10(total + noise) + rng.gauss(0, jitter_db)


def rtl_power(path):
    rng = random.Random(7)
    lower, bw_seen, bins = 87_000_000, 50_000_000 // 18, 64
    step = bw_seen / bins
    bw2 = int(bw_seen * bins / (bins * 2))
    always = [(f, 3.0 - 0.5 * n, fm_shape) for n, f in enumerate([88.7e6, 91.5e6, 95.0e6, 98.0e6, 101.7e6, 103.9e6, 107.9e6])]
    spur = (115.8e6, -5.0, lambda o: narrow_shape(o, 6e3))
    lines = []
    for sweep, (stamp, samples) in enumerate([("21:30:00", 7040), ("21:30:10", 7168), ("21:30:20", 7040), ("21:30:30", 7168)]):
        emitters = always + [spur]
        if sweep >= 2:
            emitters.append((106.55e6, 0.0, fm_shape))
        if sweep == 1:
            emitters.append((121.5e6, -8.0, lambda o: narrow_shape(o, 4e3)))
        for hop in range(18):
            tuned = lower + hop * bw_seen + bw_seen // 2
            low, high = tuned - bw2, tuned + bw2
            db = [bin_power(low + i * step, step, emitters, -28.0 + 0.02 * hop, rng, 0.3) for i in range(bins)]
            db[bins // 2] = db[bins // 2 + 1]  # csv_dbm: avg[0] = avg[1] before the FFT shift
            values = ", ".join("%.2f" % v for v in db)
            lines.append("2024-05-01, %s, %i, %i, %.2f, %i, %s, %.2f\n" % (stamp, low, high, step, samples, values, db[-1]))
    with open(path, "w", newline="") as out:
        out.writelines(lines)


def hackrf_sweep(path):
    rng = random.Random(11)
    fft = 1000
    while (fft + 4) % 8:
        fft += 1
    width = 20e6 / fft
    per_line = fft // 4
    stations = [(f, -45.0 - n, fm_shape) for n, f in enumerate([89.6e6, 94.2e6, 99.1e6, 104.3e6])]
    lines = []
    t = 0.100000
    for sweep in range(3):
        for tuning in (88_000_000, 93_000_000):
            usec = int(round(t * 1e6))
            stamp = "21:30:%02d.%06d" % (usec // 1_000_000, usec % 1_000_000)
            for low in (tuning, tuning + 10_000_000):
                high = low + 5_000_000
                db = [bin_power(low + (i + 0.5) * width, width, stations, -75.0, rng, 0.8) for i in range(per_line)]
                values = "".join(", %.2f" % v for v in db)
                lines.append("2024-05-01, %s, %d, %d, %.2f, %u%s\n" % (stamp, low, high, width, fft, values))
            t += 0.001234
        t += 0.05 - 2 * 0.001234
    with open(path, "w", newline="") as out:
        out.writelines(lines)


if __name__ == "__main__":
    rtl_power(os.path.join(HERE, "rtl_power_87-137M.csv"))
    hackrf_sweep(os.path.join(HERE, "hackrf_sweep_88-108M.csv"))
