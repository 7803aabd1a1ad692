package org.ncii.notifier.delivery.service;

import java.time.Instant;

import org.ncii.events.NoticeRequested;

/** The plain-text e-mails for platforms without a webhook: the rendered notice, a reminder, a withdrawal. */
final class MailTexts {
    private MailTexts() {
    }

    static String created(NoticeRequested notice, Instant respondBy, String acknowledgementUrl) {
        return notice.letter() + "\n\n--\nNotice id: " + notice.noticeId()
                + "\nPlease respond by: " + respondBy
                + "\nPartners with an API key can acknowledge at: " + acknowledgementUrl + "\n";
    }

    static String reminder(String noticeId, Instant dueAt) {
        return "Reminder: removal request " + noticeId + " was due for action by " + dueAt
                + " and the content has not been reported removed.\nPlease remove it now, or answer with your reasoned"
                + " decision, quoting the notice id.\n";
    }

    static String withdrawn(String noticeId) {
        return "Removal request " + noticeId + " has been withdrawn by the requester. Please take no further action"
                + " on it, and stop matching the hashes it listed.\n";
    }
}
