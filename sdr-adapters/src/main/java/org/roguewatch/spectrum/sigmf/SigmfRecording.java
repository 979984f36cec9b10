package org.roguewatch.spectrum.sigmf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.MalformedSink;
import org.roguewatch.spectrum.psd.SampleChunk;
import org.roguewatch.spectrum.psd.SampleSource;

/**
 * An open SigMF recording: its checked metadata and its sample file, read on demand (positional
 * reads, safe from several threads), never loaded whole.
 */
public final class SigmfRecording implements SampleSource, Closeable {
    public static final String META_SUFFIX = ".sigmf-meta";
    public static final String DATA_SUFFIX = ".sigmf-data";
    /** Metadata files are small; a bigger one is not metadata. */
    static final long MAX_META_BYTES = 64L << 20;

    private final Path metaPath;
    private final Path dataPath;
    private final SigmfMeta meta;
    private final FileChannel data;
    private final long samples;
    private final ThreadLocal<ByteBuffer> buffers = new ThreadLocal<>();

    private SigmfRecording(Path metaPath, Path dataPath, SigmfMeta meta, FileChannel data, long samples) {
        this.metaPath = metaPath;
        this.dataPath = dataPath;
        this.meta = meta;
        this.data = data;
        this.samples = samples;
    }

    /**
     * Opens a recording given its {@code .sigmf-meta}, its {@code .sigmf-data} or the common base name.
     *
     * @throws SigmfException when a file is missing or the metadata or data break the rules; one line,
     *     with a reason key (see {@link SigmfMeta#parse} and {@code sigmf.meta.missing},
     *     {@code sigmf.data.missing}, {@code sigmf.meta.encoding}, {@code sigmf.data.length},
     *     {@code sigmf.captures.range})
     */
    public static SigmfRecording open(Path path) throws SigmfException, IOException {
        Path meta = sibling(path, META_SUFFIX);
        Path dataFile = sibling(path, DATA_SUFFIX);
        SigmfMeta parsed = SigmfMeta.parse(readMeta(meta), meta.toString());
        if (!Files.isRegularFile(dataFile)) {
            throw new SigmfException("sigmf.data.missing", dataFile + ": no such data file beside " + meta.getFileName());
        }
        long bytes = Files.size(dataFile);
        int size = parsed.datatype().bytesPerSample();
        if (bytes % size != 0) {
            throw new SigmfException("sigmf.data.length", dataFile + ": " + bytes + " bytes is not a whole number of "
                    + parsed.datatype().sigmfName() + " samples (" + size + " bytes each; " + bytes % size
                    + " left over)");
        }
        long samples = bytes / size;
        SigmfCapture last = parsed.captures().get(parsed.captures().size() - 1);
        if (last.sampleStart() > samples) {
            throw new SigmfException("sigmf.captures.range", meta + ": a capture starts at sample "
                    + last.sampleStart() + " but the data holds " + samples);
        }
        FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.READ);
        return new SigmfRecording(meta, dataFile, parsed, channel, samples);
    }

    /**
     * As {@link #open(Path)}, but a recording that cannot be used is reported to {@code sink} (reason,
     * the meta file as source, frame 0) and the result is empty, so a batch of files goes on.
     */
    public static Optional<SigmfRecording> open(Path path, MalformedSink sink) {
        try {
            return Optional.of(open(path));
        } catch (SigmfException e) {
            sink.malformed(e.reason(), new FrameRef(path.toString(), 0, null), e.getMessage());
        } catch (IOException e) {
            sink.malformed("sigmf.io", new FrameRef(path.toString(), 0, null), path + ": " + e);
        }
        return Optional.empty();
    }

    /** Whether {@code path} names a SigMF file by its suffix. */
    public static boolean isSigmf(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(META_SUFFIX) || name.endsWith(DATA_SUFFIX);
    }

    /** {@code path} with its SigMF suffix (if any) replaced by {@code suffix}. */
    public static Path sibling(Path path, String suffix) {
        String name = path.getFileName().toString();
        String base = name.endsWith(META_SUFFIX) ? name.substring(0, name.length() - META_SUFFIX.length())
                : name.endsWith(DATA_SUFFIX) ? name.substring(0, name.length() - DATA_SUFFIX.length()) : name;
        return path.resolveSibling(base + suffix);
    }

    static String readMeta(Path meta) throws SigmfException, IOException {
        long size;
        try {
            size = Files.size(meta);
        } catch (NoSuchFileException e) {
            throw new SigmfException("sigmf.meta.missing", meta + ": no such metadata file");
        }
        if (size > MAX_META_BYTES) {
            throw new SigmfException("sigmf.meta.json", meta + ": " + size + " bytes is too large for metadata");
        }
        byte[] bytes = Files.readAllBytes(meta);
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return text.toString();
        } catch (CharacterCodingException e) {
            throw new SigmfException("sigmf.meta.encoding", meta + ": not UTF-8 text (JSON must be UTF-8)");
        }
    }

    public Path metaPath() {
        return metaPath;
    }

    public Path dataPath() {
        return dataPath;
    }

    public SigmfMeta meta() {
        return meta;
    }

    @Override
    public long samples() {
        return samples;
    }

    @Override
    public double sampleRate() {
        return meta.sampleRate();
    }

    /** Samples in capture {@code index}: up to the next capture's start, or the end of the data. */
    public long samplesIn(int captureIndex) {
        long start = meta.captures().get(captureIndex).sampleStart();
        long end = captureIndex + 1 < meta.captures().size() ? meta.captures().get(captureIndex + 1).sampleStart()
                : samples;
        return Math.max(0, Math.min(end, samples) - start);
    }

    @Override
    public void read(long first, int count, double[] re, double[] im) throws IOException {
        meta.datatype().decode(raw(first, count), count, re, im);
    }

    /** Keeps the chunk as the file's bytes (2 a sample for cu8), decoding per segment, so it stays in cache. */
    @Override
    public SampleChunk chunk(long first, int count) throws IOException {
        ByteBuffer bytes = raw(first, count);
        SigmfDatatype type = meta.datatype();
        return (offset, window, re, im) -> type.decodeWindowed(bytes, offset, window, re, im);
    }

    /** Samples {@code [first, first + count)} as bytes, in this thread's buffer (from index 0, little-endian). */
    private ByteBuffer raw(long first, int count) throws IOException {
        if (first < 0 || count < 0 || first + count > samples) {
            throw new IllegalArgumentException("samples " + first + "+" + count + " outside 0.." + samples);
        }
        int size = meta.datatype().bytesPerSample();
        int bytes = Math.multiplyExact(count, size);
        ByteBuffer buffer = buffers.get();
        if (buffer == null || buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate(Math.max(bytes, 1 << 16)).order(ByteOrder.LITTLE_ENDIAN);
            buffers.set(buffer);
        }
        buffer.clear().limit(bytes);
        long position = first * size;
        while (buffer.hasRemaining()) {
            int read = data.read(buffer, position + buffer.position());
            if (read < 0) {
                throw new IOException(dataPath + ": ended at byte " + (position + buffer.position())
                        + " (file shrank while reading?)");
            }
        }
        buffer.flip();
        return buffer;
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    @Override
    public String toString() {
        return "SigmfRecording[" + metaPath + ", " + meta.datatype().sigmfName() + ", " + meta.sampleRate()
                + " S/s, " + samples + " samples]";
    }
}
