package org.ncii.takedown.notice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ncii.takedown.registry.PlatformDescription;

/**
 * Which laws a notice is made under: the US TAKE IT DOWN Act when the platform serves the US, the DSA for EU
 * residents, the UK offence for UK residents, and always the platform's own policy. The response deadline
 * is the shortest that any of them sets.
 */
public final class LegalBasisChoice {
    /** The 27 Member States, ISO 3166-1 alpha-2 (Greece is GR; "EL" is accepted as its EU code). */
    static final Set<String> EU_MEMBER_STATES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private LegalBasisChoice() {
    }

    public static List<LegalBasis> choose(PlatformDescription platform, String countryOfResidence) {
        String country = normalise(countryOfResidence);
        List<LegalBasis> bases = new ArrayList<>();
        if (platform.servesUs()) {
            bases.add(LegalBasis.US_TAKE_IT_DOWN_ACT);
        }
        if (isEuMemberState(country)) {
            bases.add(LegalBasis.EU_DSA_ARTICLE_16);
        }
        if ("GB".equals(country)) {
            bases.add(LegalBasis.UK_SOA_66B);
        }
        bases.add(LegalBasis.PLATFORM_POLICY);
        return List.copyOf(bases);
    }

    /** The shortest deadline among the bases; the platform policy's is the platform's own default. */
    public static Duration responseDeadline(List<LegalBasis> bases, PlatformDescription platform) {
        int hours = bases.stream()
                .mapToInt(b -> b == LegalBasis.PLATFORM_POLICY ? platform.deadlineHours() : b.defaultDeadlineHours())
                .min()
                .orElse(platform.deadlineHours());
        return Duration.ofHours(hours);
    }

    public static boolean isEuMemberState(String countryOfResidence) {
        return EU_MEMBER_STATES.contains(normalise(countryOfResidence));
    }

    static String normalise(String country) {
        if (country == null) {
            return "";
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
    }
}
