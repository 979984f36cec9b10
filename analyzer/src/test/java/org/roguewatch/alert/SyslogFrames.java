package org.roguewatch.alert;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads syslog over TCP as a collector does: "LENGTH SP MESSAGE" (RFC 6587 §3.4.1, octet counting). */
public final class SyslogFrames {
    private SyslogFrames() {
    }

    public static String read(DataInputStream in) throws IOException {
        StringBuilder length = new StringBuilder();
        int c;
        while ((c = in.read()) != ' ') {
            if (c < '0' || c > '9' || length.length() > 6) {
                throw new IOException("not an octet-counted frame: length digit expected, got " + c);
            }
            length.append((char) c);
        }
        byte[] message = new byte[Integer.parseInt(length.toString())];
        in.readFully(message);
        return new String(message, StandardCharsets.UTF_8);
    }
}
