package org.amicable.dispute.adapter.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server for the failure cases GreenMail does not play: RCPT TO an address containing
 * "refused" gets 550, one containing "busy" gets 451; everything else is accepted. Counts connections.
 */
final class SmtpStub implements AutoCloseable {

    private final ServerSocket server;
    private final Thread thread;
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();

    SmtpStub() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "smtp-stub");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
                converse(socket);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 stub ESMTP");
        String line;
        boolean refusedAll = true;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase();
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250-stub\r\n250 8BITMIME");
            } else if (command.startsWith("MAIL FROM")) {
                refusedAll = true;
                reply(out, "250 2.1.0 ok");
            } else if (command.startsWith("RCPT TO")) {
                if (command.contains("REFUSED")) {
                    reply(out, "550 5.1.1 mailbox unavailable");
                } else if (command.contains("BUSY")) {
                    reply(out, "451 4.3.0 try again later");
                } else {
                    refusedAll = false;
                    reply(out, "250 2.1.5 ok");
                }
            } else if (command.equals("DATA")) {
                if (refusedAll) {
                    reply(out, "554 5.5.1 no valid recipients");
                    continue;
                }
                reply(out, "354 go ahead");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message itself is not kept
                }
                accepted.incrementAndGet();
                reply(out, "250 2.0.0 queued");
            } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                reply(out, "250 2.0.0 ok");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 bye");
                return;
            } else {
                reply(out, "502 5.5.2 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
