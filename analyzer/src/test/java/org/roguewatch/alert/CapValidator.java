package org.roguewatch.alert;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Validates CAP 1.2 messages: against the XSD with javax.xml.validation, then the rules the schema leaves to
 * the text of the standard (§3.2.4): a polygon of at least four "lat,lon" pairs whose first and last are equal,
 * and a circle "lat,lon radius".
 */
public final class CapValidator {
    private static final Pattern POLYGON = Pattern.compile("<polygon>([^<]*)</polygon>");
    private static final Pattern CIRCLE = Pattern.compile("<circle>([^<]*)</circle>");
    private static final Pattern PAIR = Pattern.compile("-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?");
    private static final Schema SCHEMA = load();

    private CapValidator() {
    }

    private static Schema load() {
        URL xsd = CapValidator.class.getResource("CAP-v1.2.xsd");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("CAP XSD does not load: " + e.getMessage(), e);
        }
    }

    /** The problems found; empty when the message is valid. */
    public static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            problems.add("XSD: " + e.getMessage());
        }
        Matcher polygon = POLYGON.matcher(xml);
        while (polygon.find()) {
            String[] pairs = polygon.group(1).strip().split(" ");
            if (pairs.length < 4 || !pairs[0].equals(pairs[pairs.length - 1])) {
                problems.add("polygon needs >= 4 pairs, first = last: " + polygon.group(1));
            }
            for (String pair : pairs) {
                if (!PAIR.matcher(pair).matches() || Math.abs(Double.parseDouble(pair.split(",")[0])) > 90) {
                    problems.add("polygon pair is not lat,lon: " + pair);
                }
            }
        }
        Matcher circle = CIRCLE.matcher(xml);
        while (circle.find()) {
            String[] parts = circle.group(1).strip().split(" ");
            if (parts.length != 2 || !PAIR.matcher(parts[0]).matches() || Double.parseDouble(parts[1]) < 0) {
                problems.add("circle is not 'lat,lon radius': " + circle.group(1));
            }
        }
        return problems;
    }
}
