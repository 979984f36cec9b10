package org.roguewatch.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.Radio;

/** The baseline file: round trips, the key scheme, and FILE:LINE errors for every way a file can be bad. */
class BaselineFileTest {
    @TempDir
    Path dir;

    /** Two GSM operators with different values and fractions. */
    private static Baseline twoOperators() {
        BaselineLearner learner = new BaselineLearner();
        learner.accept(SyntheticCell.planned("262", "02", 1).with(GsmFields.CIPHER_ALGORITHM, 1, 3)
                .observe("probe-1", 1));
        learner.accept(SyntheticCell.planned("262", "02", 2).with(GsmFields.RXLEV_ACCESS_MIN, 12)
                .notSent(SyntheticCell.SI2QUATER).observe("probe-1", 2));
        learner.accept(SyntheticCell.planned("262", "01", 7).with(GsmFields.CELL_BARRED, true)
                .without(GsmFields.NEIGHBOURS).sent("Notification/NCH").observe("probe-2", 3));
        return learner.build();
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("baseline.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Loads text that must fail, and returns the error, checking its FILE:LINE prefix. */
    private BaselineFileException badFile(String text, int line) throws IOException {
        Path file = write(text);
        BaselineFileException error = assertThrows(BaselineFileException.class, () -> Baseline.load(file));
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.getMessage().startsWith(file + ":" + line + ": "), error.getMessage());
        return error;
    }

    private static String validText() {
        return twoOperators().toText();
    }

    /** The 1-based number of the first line of {@code text} that starts with {@code start}. */
    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    @Test
    void saveThenLoadGivesAnEqualBaseline() throws IOException {
        Baseline baseline = twoOperators();
        Path file = dir.resolve("b.txt");
        baseline.save(file);
        Baseline loaded = Baseline.load(file);
        assertEquals(baseline, loaded);
        OperatorBaseline vodafone = loaded.forOperator(Radio.GSM, "262", "02").orElseThrow();
        assertEquals(0.5, vodafone.messageFraction(SyntheticCell.SI2QUATER));
        assertEquals(Set.of(9, 12), vodafone.valuesSeen(GsmFields.RXLEV_ACCESS_MIN));
        assertEquals(Set.of(1, 3), vodafone.cipherAlgorithms());
        assertEquals(new IntRange(5, 5, 5.0), vodafone.neighbourCount().orElseThrow());
        OperatorBaseline telekom = loaded.forOperator(Radio.GSM, "262", "01").orElseThrow();
        assertEquals(Set.of(false, true), telekom.valuesSeen(GsmFields.CELL_BARRED));
        assertTrue(telekom.neighbourCount().isEmpty());
    }

    @Test
    void savingTwiceWritesTheSameBytes() throws IOException {
        Path first = dir.resolve("1.txt");
        Path second = dir.resolve("2.txt");
        twoOperators().save(first);
        Baseline.load(first).save(second);
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void saveReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = write("old contents\n");
        twoOperators().save(file);
        assertEquals(twoOperators(), Baseline.load(file));
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    @Test
    void keysReadAsDocumented() {
        String text = validText();
        assertTrue(text.contains("\nroguewatch.baseline.version = 1\n"), text);
        assertTrue(text.contains("\ngsm.262-02.cells = 2\n"), text);
        assertTrue(text.contains("\ngsm.262-02.message[System Information Type 2quater] = 1\n"), text);
        assertTrue(text.contains("\ngsm.262-01.message[Notification/NCH] = 1\n"), text);
        assertTrue(text.contains("\ngsm.262-02.gprs[true] = 2\n"), text);
        assertTrue(text.contains("\ngsm.262-02.rxlevAccessMin = 2\n"), text);
        assertTrue(text.contains("\ngsm.262-02.rxlevAccessMin[9] = 2\n"), text);
        assertTrue(text.contains("\ngsm.262-02.rxlevAccessMin[12] = 1\n"), text);
        assertTrue(text.contains("\ngsm.262-01.cellBarred[true] = 1\n"), text);
        assertTrue(text.contains("\ngsm.262-02.neighbours[5] = 2\n"), text);
        assertTrue(text.contains("\ngsm.262-02.cipherAlgorithm[3] = 1\n"), text);
        assertTrue(text.endsWith("\nroguewatch.baseline.end = 2\n"), text);
        assertTrue(text.indexOf("gsm.262-01.") < text.indexOf("gsm.262-02."), "operators sorted");
    }

    @Test
    void awkwardMessageNamesAreEscapedAndComeBack() throws IOException {
        String name = "Odd [name] = 100% \t tab";
        BaselineLearner learner = new BaselineLearner();
        learner.accept(SyntheticCell.planned("001", "01", 1).sent(name).observe("p", 1));
        Baseline baseline = learner.build();
        assertTrue(baseline.toText().contains("message[Odd %5Bname%5D %3D 100%25 %09 tab] = 1"), baseline.toText());
        Path file = dir.resolve("odd.txt");
        baseline.save(file);
        assertEquals(1.0, Baseline.load(file).forOperator(Radio.GSM, "001", "01").orElseThrow().messageFraction(name));
    }

    @Test
    void lteOperatorIsKeptApartFromGsmAndRoundTrips() throws IOException {
        BaselineLearner learner = new BaselineLearner();
        learner.accept(SyntheticCell.planned("901", "55", 1).observe("probe-1", 725));
        learner.accept(SyntheticCell.lte("901", "55").observe("probe-1", 1575));
        Baseline baseline = learner.build();
        String text = baseline.toText();
        String lteBlock = text.substring(text.indexOf("# LTE 901-55"));
        assertEquals(List.of("lte.901-55.cells = 1", "lte.901-55.message[SystemInformationBlockType1] = 1",
                "roguewatch.baseline.end = 2"), lteBlock.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList(),
                "no GSM statistics on an LTE operator");
        OperatorBaseline lte = baseline.forOperator(Radio.LTE, "901", "55").orElseThrow();
        assertEquals(1.0, lte.messageFraction("SystemInformationBlockType1"));
        assertEquals(0.0, baseline.forOperator(Radio.GSM, "901", "55").orElseThrow()
                .messageFraction("SystemInformationBlockType1"));
        assertThrows(IllegalArgumentException.class, () -> lte.valuesSeen(GsmFields.T3212),
                "GSM parameters are not learned for LTE cells");
        assertEquals(Set.of(), lte.cipherAlgorithms());
        Path file = dir.resolve("lte.txt");
        baseline.save(file);
        assertEquals(baseline, Baseline.load(file));
    }

    @Test
    void emptyBaselineSavesAndLoads() throws IOException {
        Path file = dir.resolve("empty.txt");
        Baseline.empty().save(file);
        Baseline loaded = Baseline.load(file);
        assertTrue(loaded.isEmpty());
        assertTrue(loaded.forOperator(Radio.GSM, "262", "02").isEmpty());
        assertTrue(Files.readString(file).endsWith("roguewatch.baseline.end = 0\n"));
    }

    @Test
    void handEditedOrderCommentsAndCrLfAreAccepted() throws IOException {
        Baseline loaded = Baseline.load(write("""
                # written by hand
                roguewatch.baseline.version = 1\r
                gsm.262-02.t3212[10] = 2
                   gsm.262-02.t3212 =   2\r

                gsm.262-02.cells = 3
                gsm.262-02.message[System Information Type 13] = 3
                gsm.262-02.message[System Information Type 9] = 0
                roguewatch.baseline.end = 1
                """));
        OperatorBaseline op = loaded.forOperator(Radio.GSM, "262", "02").orElseThrow();
        assertEquals(3, op.cells());
        assertEquals(Set.of(10), op.valuesSeen(GsmFields.T3212));
        assertEquals(2, op.cellsWith(GsmFields.T3212));
        assertTrue(op.alwaysSends(SyntheticCell.SI13));
        assertFalse(op.messageCells().containsKey("System Information Type 9"), "a zero count is no count");
        assertEquals(0, op.cellsWith(GsmFields.RXLEV_ACCESS_MIN), "absent statistics rest on no cells");
    }

    @Test
    void committedExampleLoads() throws IOException {
        Baseline example = Baseline.load(VodafoneCaptureBaselineTest.EXAMPLE);
        OperatorBaseline vodafone = example.forOperator(Radio.GSM, "262", "02").orElseThrow();
        assertEquals(1, vodafone.cells());
        assertTrue(vodafone.alwaysSends(SyntheticCell.SI2QUATER));
    }

    // ---- bad files -------------------------------------------------------------------------------

    @Test
    void wrongVersionIsRejectedOnItsLine() throws IOException {
        String text = validText().replace("roguewatch.baseline.version = 1", "roguewatch.baseline.version = 2");
        BaselineFileException error = badFile(text, lineOf(text, "roguewatch.baseline.version"));
        assertTrue(error.getMessage().contains("version 2 is not supported"), error.getMessage());
    }

    @Test
    void missingVersionMeansNotABaseline() throws IOException {
        BaselineFileException error = badFile("# comment\ngsm.262-02.cells = 1\nroguewatch.baseline.end = 1\n", 2);
        assertTrue(error.getMessage().contains("not a RogueWatch baseline"), error.getMessage());
    }

    @Test
    void unknownKeysAreRejectedOnTheirLine() throws IOException {
        String valid = validText();
        for (String bad : List.of("gsm.262-02.rxlevAccesMin = 1", "gsm.262-02.lac[318] = 1", "umts.262-02.cells = 1",
                "gsm.26-02.cells = 1", "gsm.262-02.cells[1] = 1", "gsm.262-02.message = 1", "lte.262-02.gprs = 1",
                "colour = blue")) {
            String text = valid.replace("gsm.262-02.cells = 2\n", "gsm.262-02.cells = 2\n" + bad + "\n");
            BaselineFileException error = badFile(text, lineOf(text, "gsm.262-02.cells") + 1);
            assertTrue(error.getMessage().contains("unknown key"), error.getMessage());
        }
    }

    @Test
    void garbageNumbersAreRejectedOnTheirLine() throws IOException {
        String valid = validText();
        for (String bad : List.of("two", "-1", "1.5", "", "99999999999", "1 cell")) {
            String text = valid.replace("gsm.262-02.t3212 = 2", "gsm.262-02.t3212 = " + bad);
            BaselineFileException error = badFile(text, lineOf(text, "gsm.262-02.t3212 ="));
            assertTrue(error.getMessage().contains("bad number"), error.getMessage());
        }
    }

    @Test
    void badValuesInBracketsAreRejected() throws IOException {
        String valid = validText();
        String text = valid.replace("gsm.262-02.t3212[10] = 2", "gsm.262-02.t3212[ten] = 2");
        assertTrue(badFile(text, lineOf(text, "gsm.262-02.t3212[")).getMessage().contains("expected an integer"));
        text = valid.replace("gsm.262-02.neci[false] = 2", "gsm.262-02.neci[no] = 2");
        assertTrue(badFile(text, lineOf(text, "gsm.262-02.neci[")).getMessage().contains("expected true or false"));
        text = valid.replace("message[System Information Type 13]", "message[System Information %G3]");
        assertTrue(badFile(text, lineOf(text, "gsm.262-01.message[System Information %G3]")).getMessage()
                .contains("two hex digits"));
    }

    @Test
    void truncatedFileIsRecognised() throws IOException {
        String valid = validText();
        String cut = valid.substring(0, valid.indexOf("gsm.262-02.t3212"));
        BaselineFileException error = badFile(cut, (int) cut.lines().count());
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
        String midLine = valid.substring(0, valid.indexOf("gsm.262-02.t3212") + 9);
        error = badFile(midLine, (int) midLine.lines().count());
        assertTrue(error.getMessage().contains("expected 'key = value'"), error.getMessage());
    }

    @Test
    void numberCutShortContradictsTheOtherCounts() throws IOException {
        String text = validText().replace("gsm.262-02.cells = 2", "gsm.262-02.cells = 1");
        BaselineFileException error = badFile(text, lineOf(text, "gsm.262-02.message["));
        assertTrue(error.getMessage().contains("more than the 1 cells learned"), error.getMessage());
        text = validText().replace("gsm.262-02.t3212[10] = 2", "gsm.262-02.t3212[10] = 1");
        error = badFile(text, lineOf(text, "gsm.262-02.t3212 ="));
        assertTrue(error.getMessage().contains("values account for only 1"), error.getMessage());
        text = validText().replace("gsm.262-02.gprs[true] = 2", "gsm.262-02.gprs[true] = 1");
        error = badFile(text, lineOf(text, "gsm.262-02.gprs"));
        assertTrue(error.getMessage().contains("carried gprs but its values account for only 1"), error.getMessage());
        text = validText().replace("gsm.262-02.gprs[true] = 2", "gsm.262-02.gprs[true] = 2\ngsm.262-02.gprs[false] = 1");
        error = badFile(text, lineOf(text, "gsm.262-02.gprs"));
        assertTrue(error.getMessage().contains("add up to 3"), error.getMessage());
    }

    @Test
    void lostOperatorIsCaughtByTheEndLine() throws IOException {
        String valid = validText();
        String text = valid.replace("roguewatch.baseline.end = 2", "roguewatch.baseline.end = 3");
        assertTrue(badFile(text, lineOf(text, "roguewatch.baseline.end")).getMessage().contains("holds 2"));
    }

    @Test
    void operatorWithoutCellsLineIsRejected() throws IOException {
        String text = validText().replace("gsm.262-02.cells = 2\n", "");
        BaselineFileException error = badFile(text, lineOf(text, "gsm.262-02."));
        assertTrue(error.getMessage().contains("no 'gsm.262-02.cells' line"), error.getMessage());
    }

    @Test
    void repeatedKeysAndContentAfterTheEndAreRejected() throws IOException {
        String valid = validText();
        String text = valid.replace("gsm.262-02.t3212[10] = 2\n", "gsm.262-02.t3212[10] = 2\ngsm.262-02.t3212[010] = 2\n");
        BaselineFileException error = badFile(text, lineOf(text, "gsm.262-02.t3212[010]"));
        assertTrue(error.getMessage().contains("repeated key"), error.getMessage());
        assertTrue(error.getMessage().contains("first on line " + lineOf(text, "gsm.262-02.t3212[10]")));
        text = valid + "gsm.262-03.cells = 1\n";
        assertTrue(badFile(text, lineOf(text, "gsm.262-03")).getMessage().contains("after the end line"));
    }

    @Test
    void emptyAndBinaryFilesAreNotBaselines() throws IOException {
        assertTrue(badFile("", 1).getMessage().contains("not a RogueWatch baseline"));
        Path pcap = dir.resolve("capture.pcap");
        Files.write(pcap, new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0, '\n'});
        BaselineFileException error = assertThrows(BaselineFileException.class, () -> Baseline.load(pcap));
        assertEquals(1, error.line());
        assertTrue(error.getMessage().contains("not UTF-8"), error.getMessage());
        assertTrue(badFile("x".repeat(5000), 1).getMessage().contains("line longer than"));
    }

    @Test
    void missingFileIsAnIoErrorNamingIt() {
        Path missing = dir.resolve("nope.txt");
        IOException error = assertThrows(IOException.class, () -> Baseline.load(missing));
        assertFalse(error instanceof BaselineFileException);
        assertTrue(error.getMessage().startsWith(missing.toString()), error.getMessage());
    }

    @Test
    void randomDamageGivesOnlyBaselineFileErrors() throws IOException {
        byte[] valid = validText().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261124);
        Path file = dir.resolve("damaged.txt");
        int rejected = 0;
        for (int round = 0; round < 2000; round++) {
            byte[] damaged = valid.clone();
            int hits = 1 + random.nextInt(4);
            for (int i = 0; i < hits; i++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(4) == 0 ? random.nextInt(damaged.length) : damaged.length;
            Files.write(file, java.util.Arrays.copyOf(damaged, length));
            try {
                Baseline.load(file);
            } catch (BaselineFileException e) {
                rejected++;
                assertTrue(e.line() >= 1 && e.getMessage().startsWith(file + ":" + e.line() + ": "), e.getMessage());
            }
        }
        assertTrue(rejected > 1000, "most damage is caught, got " + rejected);
    }
}
