package org.ncii.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A reported location in the one form platforms and de-duplication see: absolute http(s), lower-case scheme and
 * host, no default port, no fragment, no tracking parameters, no credentials. {@link #parse} says what is wrong
 * instead of throwing, so every item's problem can be reported at once without echoing the URL.
 */
public final class ContentUrl {
    public static final int MAX_LENGTH = 2048;
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "igshid", "mc_cid", "mc_eid", "yclid", "_hsenc", "_hsmi", "mkt_tok", "ttclid", "twclid");

    private ContentUrl() {
    }

    /** The outcome of reading one URL: the normalised form, or the reason it is refused. */
    public record Parsed(String normalised, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    public static Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return refused("must not be blank");
        }
        if (raw.length() > MAX_LENGTH) {
            return refused("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            return refused("is not a valid URL");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            return refused("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return refused("must not contain credentials");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return refused("must name a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return new Parsed(out.toString(), null);
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }

    private static Parsed refused(String problem) {
        return new Parsed(null, problem);
    }
}
