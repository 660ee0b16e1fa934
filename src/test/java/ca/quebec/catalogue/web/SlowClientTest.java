package ca.quebec.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import ca.quebec.catalogue.testing.RawHttp;

/**
 * A client that starts a request and never finishes its headers is cut off by the idle
 * timeout (30 s, application.properties) instead of holding a connection for ever. Without
 * the setting, Vert.x would wait far longer than this test's own 60 s bound, and it fails.
 */
@QuarkusTest
class SlowClientTest {

    @Test
    void aClientThatNeverFinishesItsHeadersIsCutOff() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RawHttp.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAccept: application/js".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            int read;
            try {
                read = in.read();
                while (read >= 0) {
                    read = in.read();
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the connection was still open after 60 s", e);
            } catch (IOException reset) {
                read = -1; // a reset is a cut too
            }
            assertEquals(-1, read);
            // Not a speed check: only that the cut came from the idle timeout, not at once.
            assertTrue(System.nanoTime() - start > 5_000_000_000L, "cut off at once, not after waiting");
        }
    }
}
