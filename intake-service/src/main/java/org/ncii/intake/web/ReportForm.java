package org.ncii.intake.web;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The report form as posted: plain strings exactly as typed, so a refused form can be shown again with every
 * answer kept. {@link ReportFormReader} turns it into the JSON API's body.
 */
public class ReportForm {
    /** Most web addresses one form may carry; the API takes 50 after merging duplicates. */
    public static final int MAX_URLS = 50;

    @RestForm("url")
    public List<String> urls = new ArrayList<>();

    @RestForm
    public String role;

    @RestForm
    public String country;

    @RestForm
    public String minor;

    @RestForm
    public String notConsented;

    @RestForm
    public String goodFaith;

    @RestForm
    public String accurate;

    @RestForm
    public String signature;

    @RestForm
    public String name;

    @RestForm
    public String email;

    @RestForm
    public String phone;

    @RestForm
    public String shareIdentity;

    /** "yes" when the victim asked to be told on the status page about copies found again. */
    @RestForm
    public String tellMeIfFoundAgain;

    /** Hashes computed in the browser (issue 11), as JSON in the API's {@code hashes} shape; usually empty. */
    @RestForm
    public String hashes;

    /** A random key per form, sent as the API's Idempotency-Key so a double click files one report. */
    @RestForm
    public String submission;

    /** {@code add-url} for "add another web address"; anything else sends the report. */
    @RestForm
    public String action;

    /** A fresh form: one empty web address field. */
    public static ReportForm blank(String submissionKey) {
        ReportForm form = new ReportForm();
        form.urls = new ArrayList<>(List.of(""));
        form.shareIdentity = "no";
        form.submission = submissionKey;
        return form;
    }

    public boolean addingUrl() {
        return "add-url".equals(action);
    }

    /** The address fields to show: what was typed, plus an empty one when asked for, never none. */
    public List<String> urlFields(boolean withOneMore) {
        List<String> fields = new ArrayList<>(urls == null ? List.of() : urls);
        if (fields.isEmpty() || (withOneMore && fields.size() < MAX_URLS)) {
            fields.add("");
        }
        return fields;
    }

    public boolean checked(String value) {
        return value != null && !value.isBlank();
    }
}
