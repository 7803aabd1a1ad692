package org.ncii.takedown.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ncii.takedown.notice.LegalBasis.EU_DSA_ARTICLE_16;
import static org.ncii.takedown.notice.LegalBasis.PLATFORM_POLICY;
import static org.ncii.takedown.notice.LegalBasis.UK_SOA_66B;
import static org.ncii.takedown.notice.LegalBasis.US_TAKE_IT_DOWN_ACT;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ncii.takedown.registry.PlatformDescription;

/** The laws a notice cites follow the platform (serves the US) and the victim's residence; the shortest deadline wins. */
class LegalBasisChoiceTest {
    private static final PlatformDescription SERVES_US = platform(true, 72);
    private static final PlatformDescription LOCAL_ONLY = platform(false, 96);

    @ParameterizedTest
    @ValueSource(strings = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "EL", "de"})
    void everyMemberStateResidentGetsTheDsa(String country) {
        assertThat(LegalBasisChoice.choose(LOCAL_ONLY, country)).containsExactly(EU_DSA_ARTICLE_16, PLATFORM_POLICY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "CH", "IS", "US", "CA", "", "ZZ"})
    void nonMemberStatesGetNoDsa(String country) {
        assertThat(LegalBasisChoice.choose(LOCAL_ONLY, country)).containsExactly(PLATFORM_POLICY);
    }

    @Test
    void ukResidentOnAUsPlatformGetsBothStatutesAndThePolicy() {
        List<LegalBasis> bases = LegalBasisChoice.choose(SERVES_US, "GB");

        assertThat(bases).containsExactly(US_TAKE_IT_DOWN_ACT, UK_SOA_66B, PLATFORM_POLICY);
        assertThat(LegalBasisChoice.responseDeadline(bases, SERVES_US)).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void withoutAStatuteThePlatformsOwnDeadlineApplies() {
        List<LegalBasis> bases = LegalBasisChoice.choose(LOCAL_ONLY, "BR");

        assertThat(bases).containsExactly(PLATFORM_POLICY);
        assertThat(LegalBasisChoice.responseDeadline(bases, LOCAL_ONLY)).isEqualTo(Duration.ofHours(96));
    }

    @Test
    void dsaDeadlineIsShorterThanASlowPlatformsOwn() {
        List<LegalBasis> bases = LegalBasisChoice.choose(LOCAL_ONLY, "IE");

        assertThat(LegalBasisChoice.responseDeadline(bases, LOCAL_ONLY)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void noticeForAMinorIsMarkedForChildProtection() {
        try (Composition composition = new Composition()) {
            ComposedNotice notice = composition.composeOne(
                    Reports.report("TD-MINOR-2", "US", true, List.of("https://youtu.be/dQw4w9WgXcQ")), "YOUTUBE");
            assertThat(notice.childProtection()).isTrue();
            assertThat(notice.legalBases()).containsExactly(US_TAKE_IT_DOWN_ACT, PLATFORM_POLICY);
        }
    }

    private static PlatformDescription platform(boolean servesUs, int deadlineHours) {
        return new PlatformDescription("TEST", "Test", "TEST", List.of("test.example"), "Test policy", null,
                List.of("MANUAL"), null, "https://test.example/form", deadlineHours, servesUs);
    }
}
