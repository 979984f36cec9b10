package org.roguewatch.locate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's own checks must be able to fail, or the writer tests prove nothing. */
class Rfc7946ValidatorTest {
    private static final String CCW_SQUARE = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
    private static final String CW_SQUARE = "[[0,0],[0,1],[1,1],[1,0],[0,0]]";

    private static String polygonFeature(String ring) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}";
    }

    private static String pointFeature(String position) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"kind\":\"emitter\",\"target\":\"x\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + position + "}}]}";
    }

    private static void assertRejected(String json, String expectedWords) {
        List<String> problems = Rfc7946Validator.problems(json);
        assertFalse(problems.isEmpty(), "should be rejected: " + json);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expectedWords)), problems.toString());
    }

    @Test
    void acceptsACounterClockwiseSquare() {
        assertEquals(List.of(), Rfc7946Validator.problems(polygonFeature(CCW_SQUARE)));
    }

    @Test
    void rejectsAClockwiseExteriorRing() {
        assertRejected(polygonFeature(CW_SQUARE), "counter-clockwise");
    }

    @Test
    void rejectsAHoleThatIsNotClockwise() {
        assertRejected(polygonFeature(CCW_SQUARE + ",[[0.2,0.2],[0.8,0.2],[0.8,0.8],[0.2,0.2]]"), "clockwise");
    }

    @Test
    void rejectsAnOpenRingAndAShortRing() {
        assertRejected(polygonFeature("[[0,0],[1,0],[1,1],[0,1]]"), "closed");
        assertRejected(polygonFeature("[[0,0],[1,0],[0,0]]"), "four or more");
    }

    @Test
    void rejectsASwapThatPutsLatitudeOutOfRange() {
        // Tokyo is lat 35.68, lon 139.77; written [lat, lon] the second number is no latitude.
        assertEquals(List.of(), Rfc7946Validator.problems(pointFeature("[139.77,35.68]")));
        assertRejected(pointFeature("[35.68,139.77]"), "latitude 139.77 outside");
    }

    @Test
    void rejectsADusseldorfSwapAgainstTheKnownPosition() {
        // [51.2277, 6.7735] is a valid position (in Somalia's waters), so only the known lat/lon exposes the swap.
        Object swapped = MiniJson.parse(pointFeature("[51.2277,6.7735]"));
        assertEquals(List.of(), Rfc7946Validator.problems(swapped));
        assertFalse(Rfc7946Validator.emitterAt(swapped, "x", 51.2277, 6.7735, 1e-7).isEmpty());
        Object right = MiniJson.parse(pointFeature("[6.7735,51.2277]"));
        assertEquals(List.of(), Rfc7946Validator.emitterAt(right, "x", 51.2277, 6.7735, 1e-7));
    }

    @Test
    void rejectsACrsMember() {
        assertRejected("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:4326\"}},\"features\":[]}", "crs");
    }

    @Test
    void rejectsFeaturesWithoutGeometryOrPropertiesMembers() {
        assertRejected("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{}}]}",
                "\"geometry\"");
        assertRejected("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null}]}",
                "\"properties\"");
    }

    @Test
    void rejectsAOnePositionLineStringAndAnEdgeAcrossTheAntimeridian() {
        assertRejected("{\"type\":\"LineString\",\"coordinates\":[[1,2]]}", "two or more");
        assertRejected("{\"type\":\"LineString\",\"coordinates\":[[179.5,0],[-179.5,0]]}", "antimeridian");
    }

    @Test
    void rejectsAnUnknownType() {
        assertRejected("{\"type\":\"Circle\",\"coordinates\":[0,0]}", "type");
    }

    @Test
    void parserRejectsWhatJsonCannotHold() {
        for (String bad : List.of("[NaN]", "[Infinity]", "[01]", "[1,]", "{\"a\":1,\"a\":2}", "\"a\u0001\"",
                "[1] x")) {
            try {
                MiniJson.parse(bad);
            } catch (IllegalArgumentException expected) {
                continue;
            }
            throw new AssertionError("parsed " + bad);
        }
    }
}
