package org.ncii.takedown.registry;

import java.net.IDN;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import org.ncii.events.DeliveryChannel;

/**
 * One validated version of the registry: platforms by id and an index from listed host names to platforms.
 * A URL's host belongs to a platform only when the host or one of its parent names, down to its registrable
 * domain (public suffix list), is listed; so {@code facebook.com.evil.example} is a hosting-provider URL.
 */
public final class PlatformCatalogue {
    public static final String HOSTING_PROVIDER = "HOSTING_PROVIDER";
    private static final Pattern PLATFORM_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final int MAX_CONTENT_ID = 512;

    private final String version;
    private final Map<String, PlatformDescription> platforms;
    private final Map<String, List<Pattern>> contentIds;
    private final Map<String, String> platformByHost;
    private final Map<String, String> platformByExactHost;

    private PlatformCatalogue(String version, Map<String, PlatformDescription> platforms,
                              Map<String, List<Pattern>> contentIds, Map<String, String> platformByHost,
                              Map<String, String> platformByExactHost) {
        this.version = version;
        this.platforms = platforms;
        this.contentIds = contentIds;
        this.platformByHost = platformByHost;
        this.platformByExactHost = platformByExactHost;
    }

    /** Validates the whole document; one bad entry rejects the version (the caller keeps the previous one). */
    public static PlatformCatalogue of(RegistryDocument document) {
        if (document == null || document.version() == null || document.version().isBlank()) {
            throw new InvalidRegistryException("registry has no version");
        }
        Map<String, PlatformDescription> platforms = new LinkedHashMap<>();
        Map<String, List<Pattern>> contentIds = new HashMap<>();
        Map<String, String> platformByHost = new HashMap<>();
        Map<String, String> platformByExactHost = new HashMap<>();
        for (PlatformEntry entry : document.platforms()) {
            PlatformDescription description = describe(entry);
            if (platforms.putIfAbsent(description.id(), description) != null) {
                throw new InvalidRegistryException("platform " + description.id() + " is listed twice");
            }
            contentIds.put(description.id(), compile(entry));
            List<String> exact = entry.exactHosts().stream().map(h -> host(description.id(), h)).toList();
            for (String host : description.hosts()) {
                Map<String, String> index = exact.contains(host) ? platformByExactHost : platformByHost;
                String other = index.putIfAbsent(host, description.id());
                if (other != null) {
                    throw new InvalidRegistryException("host " + host + " is listed for " + other + " and " + description.id());
                }
            }
        }
        PlatformDescription hosting = platforms.get(HOSTING_PROVIDER);
        if (hosting == null) {
            throw new InvalidRegistryException("registry lacks " + HOSTING_PROVIDER);
        }
        if (!hosting.hosts().isEmpty()) {
            throw new InvalidRegistryException(HOSTING_PROVIDER + " must list no hosts");
        }
        return new PlatformCatalogue(document.version(), Collections.unmodifiableMap(platforms), Map.copyOf(contentIds),
                Map.copyOf(platformByHost), Map.copyOf(platformByExactHost));
    }

    public String version() {
        return version;
    }

    /** Every platform, in the order of the registry file. */
    public List<PlatformDescription> all() {
        return List.copyOf(platforms.values());
    }

    public Optional<PlatformDescription> byId(String id) {
        return Optional.ofNullable(id == null ? null : platforms.get(id));
    }

    /** The platform a reported URL belongs to, and its content id; {@code HOSTING_PROVIDER} for any other host. */
    public PlatformMatch match(String url) {
        URI uri = parse(url);
        String host = uri == null ? null : hostOf(uri);
        if (host == null) {
            return new PlatformMatch(HOSTING_PROVIDER, null, null, null);
        }
        if (InetAddresses.isInetAddress(host)) {
            return new PlatformMatch(HOSTING_PROVIDER, host, host, null);
        }
        String site = registrableDomain(host);
        String exact = platformByExactHost.get(host);
        if (exact != null) {
            return new PlatformMatch(exact, host, site, contentId(exact, uri));
        }
        for (String candidate : candidates(host, site)) {
            String platform = platformByHost.get(candidate);
            if (platform != null) {
                return new PlatformMatch(platform, host, site, contentId(platform, uri));
            }
        }
        return new PlatformMatch(HOSTING_PROVIDER, host, site, null);
    }

    /**
     * The registrable domain of a host name (public suffix list, private section included); for names under
     * no listed suffix (such as {@code .example} or {@code .invalid}) the default rule applies: the last two
     * labels. A host that is itself a public suffix is its own site.
     */
    public static String registrableDomain(String host) {
        if (!InternetDomainName.isValid(host)) {
            return host;
        }
        InternetDomainName name = InternetDomainName.from(host);
        if (name.isUnderPublicSuffix()) {
            return name.topPrivateDomain().toString();
        }
        if (name.hasPublicSuffix()) {
            return name.toString();
        }
        List<String> labels = name.parts();
        return labels.size() <= 2 ? name.toString() : String.join(".", labels.subList(labels.size() - 2, labels.size()));
    }

    private static List<String> candidates(String host, String site) {
        List<String> names = new ArrayList<>();
        String name = host;
        while (true) {
            names.add(name);
            if (name.equals(site) || !name.endsWith("." + site)) {
                return names;
            }
            name = name.substring(name.indexOf('.') + 1);
        }
    }

    private String contentId(String platform, URI uri) {
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        for (Pattern pattern : contentIds.getOrDefault(platform, List.of())) {
            Matcher matcher = pattern.matcher(target);
            if (matcher.find()) {
                String id = pattern.pattern().contains("(?<id>") ? matcher.group("id") : matcher.group(1);
                if (id != null && !id.isEmpty()) {
                    return decoded(id);
                }
            }
        }
        return null;
    }

    private static String decoded(String id) {
        String text = id;
        if (text.indexOf('%') >= 0) {
            try {
                text = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // keep the raw form: an id is an identifier, not prose
            }
        }
        return text.length() > MAX_CONTENT_ID ? text.substring(0, MAX_CONTENT_ID) : text;
    }

    private static URI parse(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url.strip());
        } catch (Exception e) {
            return null;
        }
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.isEmpty() ? null : host;
    }

    private static PlatformDescription describe(PlatformEntry entry) {
        String id = entry.id();
        if (id == null || !PLATFORM_ID.matcher(id).matches()) {
            throw new InvalidRegistryException("platform id " + id + " is not an upper-case name");
        }
        require(entry.name(), id, "name");
        require(entry.family(), id, "family");
        require(entry.policyName(), id, "policyName");
        if (entry.deadlineHours() == null || entry.deadlineHours() < 1) {
            throw new InvalidRegistryException(id + ": deadlineHours must be a positive number of hours");
        }
        if (entry.channels().isEmpty()) {
            throw new InvalidRegistryException(id + ": lists no channel");
        }
        Set<String> channels = new HashSet<>();
        for (String channel : entry.channels()) {
            try {
                channels.add(DeliveryChannel.valueOf(channel).name());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidRegistryException(id + ": unknown channel " + channel);
            }
        }
        if (channels.contains("EMAIL") && !id.equals(HOSTING_PROVIDER) && blank(entry.noticeEmail())) {
            throw new InvalidRegistryException(id + ": EMAIL channel needs noticeEmail");
        }
        if (channels.contains("MANUAL") && !id.equals(HOSTING_PROVIDER) && blank(entry.webFormUrl())) {
            throw new InvalidRegistryException(id + ": MANUAL channel needs webFormUrl");
        }
        List<String> hosts = java.util.stream.Stream.concat(entry.hosts().stream(), entry.exactHosts().stream())
                .map(h -> host(id, h)).distinct().toList();
        return new PlatformDescription(id, entry.name(), entry.family(), hosts, entry.policyName(), entry.policyUrl(),
                entry.channels(), blankToNull(entry.noticeEmail()), blankToNull(entry.webFormUrl()),
                entry.deadlineHours(), Boolean.TRUE.equals(entry.servesUs()));
    }

    private static String host(String id, String listed) {
        String host = listed == null ? "" : listed.strip().toLowerCase(Locale.ROOT);
        if (!InternetDomainName.isValid(host)) {
            throw new InvalidRegistryException(id + ": host " + listed + " is not a domain name");
        }
        InternetDomainName name = InternetDomainName.from(host);
        if (name.isPublicSuffix()) {
            throw new InvalidRegistryException(id + ": host " + listed + " is a public suffix");
        }
        return host;
    }

    private static List<Pattern> compile(PlatformEntry entry) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : entry.contentIdPatterns()) {
            try {
                Pattern pattern = Pattern.compile(regex);
                if (!regex.contains("(?<id>") && pattern.matcher("").groupCount() < 1) {
                    throw new InvalidRegistryException(entry.id() + ": content-id pattern " + regex + " captures nothing");
                }
                patterns.add(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidRegistryException(entry.id() + ": content-id pattern " + regex + " is not a regex");
            }
        }
        return List.copyOf(patterns);
    }

    private static void require(String value, String id, String field) {
        if (blank(value)) {
            throw new InvalidRegistryException(id + ": " + field + " is missing");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
