package org.ncii.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ncii.events.ReporterRole;
import org.ncii.intake.ContentUrl;
import org.ncii.intake.rest.ContentItemBody;
import org.ncii.intake.rest.DeclarationsBody;
import org.ncii.intake.rest.HashBody;
import org.ncii.intake.rest.ReportBody;
import org.ncii.intake.rest.ReporterBody;
import org.ncii.intake.rest.SubjectBody;

/**
 * Reads the report form into the JSON API's {@link ReportBody} and checks it with the API's own constraints, so a
 * report made through the page is valid exactly when the same report sent as JSON is. Only the wording differs:
 * each refusal becomes a plain sentence attached to the field the person has to change.
 */
@ApplicationScoped
public class ReportFormReader {
    /** Field ids in page order; the error summary follows it. */
    static final List<String> FIELDS = List.of("url-0", "hashes", "country", "minor", "role", "name", "email", "phone",
            "shareIdentity", "notConsented", "goodFaith", "accurate", "signature");
    private static final Pattern ITEM = Pattern.compile("content\\[(\\d+)]\\.(url|hashes).*");
    private static final TypeReference<List<HashBody>> HASHES = new TypeReference<>() {
    };

    private final Validator validator;
    private final ObjectMapper strict;

    public ReportFormReader(Validator validator, ObjectMapper mapper) {
        this.validator = validator;
        this.strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The body to submit, or the errors to show; never both. */
    public record Reading(ReportBody body, FormErrors errors) {
        public boolean valid() {
            return !errors.any();
        }
    }

    public Reading read(ReportForm form) {
        FormErrors errors = new FormErrors(FIELDS);
        // Empty address fields (an extra one added and left blank) are not part of the report.
        List<Integer> positions = new ArrayList<>();
        List<String> urls = form.urls == null ? List.of() : form.urls;
        for (int i = 0; i < urls.size(); i++) {
            if (urls.get(i) != null && !urls.get(i).isBlank()) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            errors.add("url-0", "Enter the web address where the picture or video appears");
        }
        List<HashBody> hashes = hashes(form.hashes, errors);
        List<ContentItemBody> content = new ArrayList<>();
        for (int position : positions) {
            content.add(new ContentItemBody(urls.get(position).trim(), null, hashes));
        }
        boolean share = "yes".equals(form.shareIdentity);
        ReportBody body = new ReportBody(content,
                new ReporterBody(role(form.role), text(form.name), text(form.email), text(form.phone)),
                new SubjectBody(text(form.country), yesNo(form.minor)),
                new DeclarationsBody(form.checked(form.notConsented), form.checked(form.goodFaith), form.checked(form.accurate)),
                form.signature == null ? null : form.signature.trim(),
                share, form.checked(form.tellMeIfFoundAgain));
        for (ConstraintViolation<ReportBody> violation : validator.validate(body)) {
            describe(violation, positions, errors);
        }
        if (share) {
            // The API refuses identity sharing without a name and an e-mail address to share.
            if (text(form.name) == null) {
                errors.add("name", "Enter your name, or choose not to share your identity with platforms");
            }
            if (text(form.email) == null) {
                errors.add("email", "Enter your email address, or choose not to share your identity with platforms");
            }
        }
        return new Reading(errors.any() ? null : body, errors);
    }

    /** The API's field name (as in a problem's violations) as the id of the form field showing it. */
    static String field(String apiField) {
        return switch (apiField) {
            case "reporter.name" -> "name";
            case "reporter.email" -> "email";
            case "reporter.phone" -> "phone";
            case "reporter.role" -> "role";
            case "subject.countryOfResidence" -> "country";
            case "subject.minor" -> "minor";
            default -> "url-0";
        };
    }

    private List<HashBody> hashes(String json, FormErrors errors) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return strict.readValue(json, HASHES);
        } catch (Exception e) {
            errors.add("hashes", "The fingerprints of your picture or video could not be read. Remove them and try again");
            return null;
        }
    }

    private static void describe(ConstraintViolation<ReportBody> violation, List<Integer> positions, FormErrors errors) {
        String path = violation.getPropertyPath().toString();
        Matcher item = ITEM.matcher(path);
        if (item.matches()) {
            int index = Integer.parseInt(item.group(1));
            if (item.group(2).equals("hashes")) {
                errors.add("hashes", "The fingerprints of your picture or video are not in the expected form. Remove them and try again");
                return;
            }
            int position = index < positions.size() ? positions.get(index) : 0;
            errors.add("url-" + position, urlMessage(position + 1, violation.getMessage()));
            return;
        }
        switch (path) {
            case "content" -> errors.add("url-0", "You can report up to " + ReportForm.MAX_URLS + " web addresses in one report");
            case "reporter.role" -> errors.add("role", "Select who is making this report");
            case "reporter.name" -> errors.add("name", "Your name must be 200 characters or fewer");
            case "reporter.email" -> errors.add("email", "Enter an email address in the correct format, like name@example.com");
            case "reporter.phone" -> errors.add("phone", "Your phone number must be 40 characters or fewer");
            case "subject.countryOfResidence" -> errors.add("country", "Select the country where the person shown lives");
            case "subject.minor" -> errors.add("minor", "Select whether the person shown is under 18");
            case "declarations.notConsented" -> errors.add("notConsented",
                    "Confirm that the person shown did not agree to this being shared");
            case "declarations.goodFaith" -> errors.add("goodFaith", "Confirm that you are making this report in good faith");
            case "declarations.accurate" -> errors.add("accurate", "Confirm that the information you have given is accurate");
            case "signature" -> errors.add("signature", violation.getConstraintDescriptor().getAnnotation()
                    instanceof jakarta.validation.constraints.Size
                    ? "Your signature must be 200 characters or fewer"
                    : "Type your full name to sign this report");
            default -> errors.add("url-0", "Something in this form could not be accepted. Check your answers");
        }
    }

    /** ContentUrl's reason in words a person can act on, naming the field by its number, never echoing the URL. */
    private static String urlMessage(int number, String problem) {
        String which = "web address " + number;
        if (problem.contains("credentials")) {
            return "Remove the user name and password from " + which;
        }
        if (problem.contains("at most")) {
            return "Web address " + number + " is too long: it must be " + ContentUrl.MAX_LENGTH + " characters or fewer";
        }
        return "Enter " + which + " in full, starting with https:// or http://";
    }

    private static ReporterRole role(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ReporterRole.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
