package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;

/**
 * A response's byte stream for a filter that looks at what is written: every write, and text
 * as UTF-8 (the charset Fuseki declares; the base class prints ISO 8859-1 only), goes to
 * {@link #pass}; readiness and the write listener are the real stream's. Flushing and closing
 * are the filter's to decide.
 */
abstract class PassingOutput extends ServletOutputStream {

    final ServletOutputStream real;

    PassingOutput(ServletOutputStream real) {
        this.real = real;
    }

    abstract void pass(byte[] b, int off, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        pass(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        pass(b, off, len);
    }

    @Override
    public void print(String s) throws IOException {
        byte[] bytes = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
        pass(bytes, 0, bytes.length);
    }

    @Override
    public boolean isReady() {
        return real.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        real.setWriteListener(listener);
    }
}
