package org.ncii.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port checks: is a port free, is something listening, pick a free one. */
public final class Ports {
    private Ports() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws {@link PortTakenException} naming the port when it is in use. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new PortTakenException(port, what);
        }
    }

    /** A port the platform needs is already taken by another program. */
    public static final class PortTakenException extends RuntimeException {
        public PortTakenException(int port, String what) {
            super("port " + port + " (" + what + ") is already in use: stop whatever holds it or choose another port");
        }
    }
}
