package ca.quebec.catalogue.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import ca.quebec.catalogue.kernel.ProblemException;

/**
 * The body limit for bodies sent without a length (chunked): counted as they are
 * read, and refused with a 413 problem as soon as they pass it. Bodies that
 * announce their length are refused before they are read ({@link EdgeErrors}).
 */
@jakarta.ws.rs.ext.Provider
public class BodyLimit implements ReaderInterceptor {

    /** Read when a body is, not when the interceptor is built (at static initialization, before runtime configuration). */
    private final Provider<HttpConfig> config;
    private final Provider<io.quarkus.vertx.http.runtime.CurrentVertxRequest> request;

    public BodyLimit(Provider<HttpConfig> config, Provider<io.quarkus.vertx.http.runtime.CurrentVertxRequest> request) {
        this.config = config;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        var current = request.get().getCurrent();
        context.setInputStream(new Counted(context.getInputStream(),
                config.get().maxBodyBytes(current == null ? null : current.request().path())));
        return context.proceed();
    }

    private static final class Counted extends FilterInputStream {
        private final long max;
        private long read;

        Counted(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new ProblemException(413, "payload-too-large", max);
            }
        }
    }
}
