package org.ncii.notifier.delivery.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** Sends a notice by e-mail to a platform without a webhook; a mail server that hangs counts as a failure. */
@ApplicationScoped
public class NoticeMailer {
    private final ReactiveMailer mailer;

    public NoticeMailer(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    /** Completes once the mail server accepted the message. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public Uni<Void> send(String to, String subject, String text) {
        return mailer.send(Mail.withText(to, subject, text));
    }
}
