package org.ncii.testkit.partner;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.ncii.devstack.Ports;

/** A real SMTP server (GreenMail) on a free loopback port, standing in for platforms' abuse mailboxes. */
public final class MailServer implements AutoCloseable {
    private final GreenMail greenMail;
    private final int port;

    private MailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    public static MailServer start() {
        int port = Ports.freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new MailServer(mail, port);
    }

    public int port() {
        return port;
    }

    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
