package id.lintas.interfaces.rest;

import id.lintas.domain.shared.BusinessException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request body over {@value #MAX_BYTES} bytes before reading it (by its Content-Length)
 * or while reading it (a chunked body), with a 413 problem: a birth report with its scans fits
 * well below, and a server must not hold a 30 MB upload in memory to tell it is too big.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {
    public static final int MAX_BYTES = 24 * 1024 * 1024;
    /** How much of a too-large body is read and thrown away so that its sender can read the 413. */
    static final long MAX_DRAINED = 64L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        int length = request.getLength();
        if (length > MAX_BYTES) {
            drain(request.getEntityStream(), length);
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    /**
     * Reads (without keeping) a too-large body of up to {@link #MAX_DRAINED} bytes: a client that
     * does not wait for "100 Continue" is still sending it, and would otherwise see the connection
     * close instead of the answer. A larger one is not read: the connection closes.
     */
    private static void drain(InputStream in, long length) {
        if (length > MAX_DRAINED) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try {
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException gone) {
            // the client gave up: nothing to answer
        }
    }

    static BusinessException tooLarge() {
        return new BusinessException("report.body.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
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
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
