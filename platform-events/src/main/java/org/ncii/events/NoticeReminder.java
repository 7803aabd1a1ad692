package org.ncii.events;

import java.time.Instant;

/** A notice passed its deadline without removal: the platform is reminded once. */
public record NoticeReminder(String noticeId, String caseRef, String platform, Instant dueAt, Instant remindedAt) {
}
