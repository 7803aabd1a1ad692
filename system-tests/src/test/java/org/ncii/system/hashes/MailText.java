package org.ncii.system.hashes;

import java.util.Arrays;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.ncii.system.SystemPlatform;

/** The decoded text of the e-mails the platform's SMTP server received, found by recipient and a URL token. */
final class MailText {
    private MailText() {
    }

    /** The text of the first message to {@code address} mentioning {@code token}, or null while there is none. */
    static String to(SystemPlatform platform, String address, String token) throws Exception {
        for (MimeMessage m : platform.mail.received()) {
            boolean addressed = Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals);
            if (addressed) {
                String text = text(m);
                if (text.contains(token)) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(multipart.getBodyPart(i).getContent()).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
