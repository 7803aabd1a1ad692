package org.ncii.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CloudEvents {@code type} of every event, with the record its {@code data} holds and the topic it
 * travels on. A consumer looks the type up here to know how to read the data.
 */
public enum EventType {
    REPORT_SUBMITTED("report.submitted", ReportSubmitted.class, Topics.REPORTS),
    REPORT_WITHDRAWN("report.withdrawn", ReportWithdrawn.class, Topics.REPORTS),
    NOTICE_REQUESTED("notice.requested", NoticeRequested.class, Topics.NOTICES),
    NOTICE_REMINDER("notice.reminder", NoticeReminder.class, Topics.NOTICES),
    NOTICE_WITHDRAWN("notice.withdrawn", NoticeWithdrawn.class, Topics.NOTICES),
    DELIVERY_RESULT("delivery.result", DeliveryResult.class, Topics.ACKS),
    ACKNOWLEDGEMENT_RECEIVED("acknowledgement.received", AcknowledgementReceived.class, Topics.ACKS),
    CASE_STATUS_CHANGED("case.status-changed", CaseStatusChanged.class, Topics.CASE_STATUS),
    /** notifier to takedown, on the acknowledgements topic: a partner found a copy again by its hash. */
    PARTNER_MATCH_REPORTED("partner.match-reported", PartnerMatchReported.class, Topics.ACKS);

    /** CloudEvents {@code source} prefix; each service appends its own name. */
    public static final String SOURCE_PREFIX = "urn:ncii-takedown:";

    private final String type;
    private final Class<?> dataClass;
    private final String topic;

    EventType(String type, Class<?> dataClass, String topic) {
        this.type = type;
        this.dataClass = dataClass;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute, for example {@code report.submitted}. */
    public String type() {
        return type;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    public String topic() {
        return topic;
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
