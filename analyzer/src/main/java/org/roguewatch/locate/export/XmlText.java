package org.roguewatch.locate.export;

/** Escaping for XML 1.0 character data and attribute values, and for HTML shown inside a KML description. */
final class XmlText {
    private XmlText() {
    }

    /**
     * Text safe in element content and in a quoted attribute: the five predefined entities
     * (&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos;), CR as a character reference so parsers do not fold it
     * into LF, and every character XML 1.0 forbids (§2.2: controls other than tab/LF/CR, unpaired surrogates,
     * U+FFFE/U+FFFF) replaced by U+FFFD, since no escape can carry those.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Text to show literally in HTML (a KML description may hold HTML, which map viewers render): &amp; &lt; &gt; &quot; &apos;
     * as entities, so a target name can never become markup in a map viewer's balloon.
     */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
