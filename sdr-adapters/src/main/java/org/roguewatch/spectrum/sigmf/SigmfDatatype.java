package org.roguewatch.spectrum.sigmf;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The complex sample formats we read (SigMF core:datatype: c = complex, i/u/f = signed, unsigned,
 * float, bits, _le = little-endian). Samples are scaled so that full scale is magnitude 1:
 * cu8 (RTL-SDR) maps 0..255 to (x − 127.5)/127.5, ci8 (HackRF) x/128, ci16_le x/32768, cf32_le as is.
 */
public enum SigmfDatatype {
    CU8("cu8", 2) {
        @Override
        void decodeWindowed(ByteBuffer in, int first, double[] window, double[] re, double[] im) {
            byte[] bytes = in.array();
            for (int n = 0, at = in.arrayOffset() + first * 2; n < window.length; n++, at += 2) {
                re[n] = CU8_LEVELS[bytes[at] & 0xff] * window[n];
                im[n] = CU8_LEVELS[bytes[at + 1] & 0xff] * window[n];
            }
        }

        @Override
        void decode(ByteBuffer in, int count, double[] re, double[] im) {
            if (in.hasArray()) {
                // the hot path of every RTL-SDR recording: straight from the backing array
                byte[] bytes = in.array();
                int at = in.arrayOffset() + in.position();
                for (int i = 0; i < count; i++, at += 2) {
                    re[i] = CU8_LEVELS[bytes[at] & 0xff];
                    im[i] = CU8_LEVELS[bytes[at + 1] & 0xff];
                }
                in.position(in.position() + 2 * count);
                return;
            }
            for (int i = 0; i < count; i++) {
                re[i] = CU8_LEVELS[in.get() & 0xff];
                im[i] = CU8_LEVELS[in.get() & 0xff];
            }
        }
    },
    CI8("ci8", 2) {
        @Override
        void decodeWindowed(ByteBuffer in, int first, double[] window, double[] re, double[] im) {
            for (int n = 0, at = first * 2; n < window.length; n++, at += 2) {
                re[n] = in.get(at) / 128.0 * window[n];
                im[n] = in.get(at + 1) / 128.0 * window[n];
            }
        }

        @Override
        void decode(ByteBuffer in, int count, double[] re, double[] im) {
            for (int i = 0; i < count; i++) {
                re[i] = in.get() / 128.0;
                im[i] = in.get() / 128.0;
            }
        }
    },
    CI16_LE("ci16_le", 4) {
        @Override
        void decodeWindowed(ByteBuffer in, int first, double[] window, double[] re, double[] im) {
            for (int n = 0, at = first * 4; n < window.length; n++, at += 4) {
                re[n] = in.getShort(at) / 32768.0 * window[n];
                im[n] = in.getShort(at + 2) / 32768.0 * window[n];
            }
        }

        @Override
        void decode(ByteBuffer in, int count, double[] re, double[] im) {
            for (int i = 0; i < count; i++) {
                re[i] = in.getShort() / 32768.0;
                im[i] = in.getShort() / 32768.0;
            }
        }
    },
    CF32_LE("cf32_le", 8) {
        @Override
        void decodeWindowed(ByteBuffer in, int first, double[] window, double[] re, double[] im) {
            for (int n = 0, at = first * 8; n < window.length; n++, at += 8) {
                re[n] = in.getFloat(at) * window[n];
                im[n] = in.getFloat(at + 4) * window[n];
            }
        }

        @Override
        void decode(ByteBuffer in, int count, double[] re, double[] im) {
            for (int i = 0; i < count; i++) {
                re[i] = in.getFloat();
                im[i] = in.getFloat();
            }
        }
    };

    private static final double[] CU8_LEVELS = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            CU8_LEVELS[i] = (i - 127.5) / 127.5;
        }
    }

    private final String name;
    private final int bytesPerSample;

    SigmfDatatype(String name, int bytesPerSample) {
        this.name = name;
        this.bytesPerSample = bytesPerSample;
    }

    /** The core:datatype string. */
    public String sigmfName() {
        return name;
    }

    /** Bytes per complex sample (I and Q). */
    public int bytesPerSample() {
        return bytesPerSample;
    }

    /** Decodes {@code count} samples from {@code in} (little-endian order) into {@code re}/{@code im} from index 0. */
    abstract void decode(ByteBuffer in, int count, double[] re, double[] im);

    /**
     * Decodes samples {@code [first, first + window.length)} of a heap buffer holding whole samples from
     * index 0 (little-endian), each times its window weight, into {@code re}/{@code im} from index 0.
     */
    abstract void decodeWindowed(ByteBuffer in, int first, double[] window, double[] re, double[] im);

    public static Optional<SigmfDatatype> of(String sigmfName) {
        for (SigmfDatatype type : values()) {
            if (type.name.equals(sigmfName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** "cu8, ci8, ci16_le, cf32_le", for error messages. */
    public static String supported() {
        return Arrays.stream(values()).map(SigmfDatatype::sigmfName).collect(Collectors.joining(", "));
    }
}
