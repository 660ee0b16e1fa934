package ca.quebec.catalogue.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests written byte for byte on a socket, for what HTTP clients refuse to
 * send: malformed URIs, bodies without a length, and the like.
 */
public final class RawHttp {

    /** An answer: its status, headers (lower-case names) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    /** Sends the request head (lines without CRLF), then the body, and reads the answer until the server closes or it is complete. */
    public static Answer send(String head, byte[] body, boolean chunked) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(20_000);
            // One write for the head and a body with a length: no wait on Nagle's algorithm for each request.
            socket.setTcpNoDelay(true);
            OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 65536);
            out.write((head + "\r\nHost: localhost\r\nConnection: close\r\n"
                    + (body == null ? "" : chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null && chunked) {
                    for (int from = 0; from < body.length; from += 8192) {
                        int n = Math.min(8192, body.length - from);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(body, from, n);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } else if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // The server answered and closed before the whole body was sent: read what it said.
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // A reset after the answer: keep what was read.
        }
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String head = new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IOException("no HTTP answer, the connection closed after " + bytes.length + " bytes: " + head);
        }
        int status = Integer.parseInt(statusLine[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** The body of a chunked answer, without its framing (what is there, if the answer was cut short). */
    private static byte[] dechunk(byte[] framed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < framed.length) {
            int eol = indexOf(framed, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (eol < 0) {
                break;
            }
            String size = new String(framed, at, eol - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (length == 0) {
                break;
            }
            int from = eol + 2;
            body.write(framed, from, Math.min(length, framed.length - from));
            at = from + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from) {
        outer:
        for (int i = from; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
