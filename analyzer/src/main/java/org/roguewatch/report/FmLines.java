package org.roguewatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmAssessment;
import org.roguewatch.broadcast.FmLocation;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.locate.LocalTangentPlane;
import org.roguewatch.registry.FmLicence;
import org.roguewatch.spectrumobs.BandExcess;
import org.roguewatch.spectrumobs.SpectrumEvidence;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumReading;

/**
 * The JSON lines of the FM stage: a {@code carrier} line per carrier (with each probe's observation),
 * {@code finding} lines naming the carrier instead of a cell, {@code location} lines with a carrier
 * target, and the summary's {@code spectrum} block.
 */
final class FmLines {
    private FmLines() {
    }

    /** How findings and locations name a carrier. */
    static Map<String, Object> target(FmCarrier carrier) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("radio", "FM");
        target.put("frequencyHz", carrier.frequencyHz());
        target.put("fmChannelHz", carrier.fmChannelHz());
        return target;
    }

    static Map<String, Object> carrier(FmAssessment assessment) {
        FmCarrier carrier = assessment.carrier();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "carrier");
        line.put("radio", "FM");
        line.put("frequencyHz", carrier.frequencyHz());
        line.put("fmChannelHz", carrier.fmChannelHz());
        line.put("levelDbm", carrier.strongest().meanLevelDbm());
        line.put("licensed", assessment.licensed());
        FmLicence licence = carrier.licence();
        line.put("station", licence == null ? null : licence.station());
        line.put("licensedFrequencyHz", licence == null ? null : licence.frequencyHz());
        line.put("offsetHz", licence == null ? null : carrier.offsetFromLicenceHz());
        line.put("licence", licence == null ? null : licence.source());
        line.put("verdict", assessment.verdict().jsonName());
        line.put("score", assessment.score());
        line.put("probes", carrier.probes());
        List<Object> observations = new ArrayList<>();
        for (SpectrumObservation seen : carrier.observations()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("probe", seen.probeId());
            item.put("source", seen.source());
            item.put("frequencyHz", seen.frequencyHz());
            item.put("meanLevelDbm", seen.meanLevelDbm());
            item.put("maxLevelDbm", seen.maxLevelDbm());
            item.put("bandwidthHz", seen.bandwidthHz());
            item.put("present", seen.present());
            item.put("covered", seen.covered());
            item.put("occupancy", seen.occupancy());
            item.put("firstSeen", seen.firstSeen());
            item.put("lastSeen", seen.lastSeen());
            item.put("strongest", where(seen.strongest()));
            if (seen.aero() != null) {
                item.put("aeronautical", aero(seen.aero()));
            }
            if (seen.rds() != null) {
                Map<String, Object> rds = new LinkedHashMap<>();
                rds.put("pi", seen.rds().piHex());
                rds.put("blocksA", seen.rds().blocksA());
                rds.put("groups", seen.rds().groups());
                rds.put("bits", seen.rds().bits());
                item.put("rds", rds);
            }
            observations.add(item);
        }
        line.put("observations", observations);
        return line;
    }

    static Map<String, Object> finding(FmFinding finding, FmAssessment on) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "finding");
        line.put("signature", finding.signature());
        line.put("detectorVersion", finding.detectorVersion());
        line.put("severity", finding.severity().label());
        line.put("weight", finding.weight());
        line.put("carrier", target(on.carrier()));
        line.put("summary", finding.summary());
        line.put("evidence", JsonLinesReport.evidence(finding.evidence()));
        return line;
    }

    static Map<String, Object> location(FmLocation location, LocalTangentPlane plane) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "location");
        line.put("target", target(location.assessment().carrier()));
        line.put("verdict", location.assessment().verdict().jsonName());
        LocationLines.outcome(line, location.result(), location.geo(), plane);
        return line;
    }

    static Map<String, Object> summary(FmAnalysisResult fm) {
        Map<String, Object> block = new LinkedHashMap<>();
        List<Object> inputs = new ArrayList<>();
        for (SpectrumReading reading : fm.readings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", reading.source());
            item.put("format", reading.format());
            item.put("spectra", reading.spectra());
            item.put(reading.format().startsWith("sigmf") ? "samples" : "rows", reading.rows());
            inputs.add(item);
        }
        block.put("inputs", inputs);
        block.put("carriers", fm.carriers().size());
        Map<String, Long> verdicts = new LinkedHashMap<>();
        fm.carriers().forEach(c -> verdicts.merge(c.verdict().jsonName(), 1L, Long::sum));
        block.put("verdicts", verdicts);
        block.put("findings", fm.findings());
        block.put("licences", fm.licences().size());
        block.put("located", fm.locations().stream().filter(l -> l.geo() != null).count());
        block.put("annotationsWritten", fm.annotations());
        block.put("malformed", fm.malformed());
        block.put("elapsedSeconds", fm.elapsed().toNanos() / 1e9);
        return block;
    }

    static SortedMap<String, Long> mergedMalformed(Map<String, Long> cells, FmAnalysisResult fm) {
        SortedMap<String, Long> merged = new TreeMap<>(cells);
        fm.malformed().forEach((reason, count) -> merged.merge(reason, count, Long::sum));
        return merged;
    }

    private static Map<String, Object> where(SpectrumEvidence evidence) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("source", evidence.source());
        if (evidence.isSampleRange()) {
            item.put("sampleStart", evidence.sampleStart());
            item.put("sampleCount", evidence.sampleCount());
        } else {
            item.put("line", evidence.line());
        }
        item.put("time", evidence.time());
        return item;
    }

    private static Map<String, Object> aero(BandExcess aero) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("band", aero.band());
        item.put("peakHz", aero.peakHz());
        item.put("peakDbm", aero.peakDbm());
        item.put("floorDbm", aero.floorDbm());
        item.put("peakAboveFloorDb", aero.peakAboveFloorDb());
        item.put("excessDb", aero.excessDb());
        item.put("where", where(aero.where()));
        return item;
    }
}
