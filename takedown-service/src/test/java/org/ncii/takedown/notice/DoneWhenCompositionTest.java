package org.ncii.takedown.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ncii.takedown.notice.LegalBasis.PLATFORM_POLICY;
import static org.ncii.takedown.notice.LegalBasis.UK_SOA_66B;
import static org.ncii.takedown.notice.LegalBasis.US_TAKE_IT_DOWN_ACT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.ncii.events.NoticeItem;
import org.ncii.takedown.client.RdapTestResource;

/**
 * The "Done when" report through the real composer bean, with the unknown host's abuse contact found
 * by the real RDAP client on a loopback RDAP server.
 */
@QuarkusTest
class DoneWhenCompositionTest {
    @Inject
    NoticeComposer composer;

    @Test
    void ukResidentGetsOneNoticePerPlatformAndTheUnknownHostsAbuseContact() {
        List<ComposedNotice> notices = compose(Reports.report("TD-DONE-UK", "GB", false, Reports.DONE_WHEN_URLS));

        assertThat(notices).extracting(ComposedNotice::platform)
                .containsExactly("FACEBOOK", "INSTAGRAM", "X", "REDDIT", "HOSTING_PROVIDER");
        Map<String, ComposedNotice> byPlatform = byPlatform(notices);
        assertThat(byPlatform.get("FACEBOOK").items()).extracting(NoticeItem::url).containsExactly(
                "https://www.facebook.com/jane.doe/posts/pfbid02AbCdEf", "https://m.facebook.com/photo.php?fbid=1234567890");
        assertThat(byPlatform.get("REDDIT").items()).extracting(NoticeItem::platformContentId).containsExactly("abcd1234efgh");
        ComposedNotice hosting = byPlatform.get("HOSTING_PROVIDER");
        assertThat(hosting.route().email()).isEqualTo(RdapTestResource.KNOWN_DOMAIN_ABUSE);
        assertThat(hosting.letter()).contains("registrar Test Registrar, Inc. for the domain abuse-test.example");

        for (String platform : List.of("FACEBOOK", "INSTAGRAM", "X", "REDDIT")) {
            assertThat(byPlatform.get(platform).legalBases()).as(platform)
                    .containsExactly(US_TAKE_IT_DOWN_ACT, UK_SOA_66B, PLATFORM_POLICY);
            assertThat(byPlatform.get(platform).responseDeadline()).isEqualTo(Duration.ofHours(48));
        }
        assertThat(hosting.legalBases()).containsExactly(UK_SOA_66B, PLATFORM_POLICY);
        assertThat(hosting.responseDeadline()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void usResidentGetsTheTakeItDownActWhereThePlatformServesTheUs() {
        List<ComposedNotice> notices = compose(Reports.report("TD-DONE-US", "US", false, Reports.DONE_WHEN_URLS));

        Map<String, ComposedNotice> byPlatform = byPlatform(notices);
        assertThat(byPlatform.keySet()).containsExactlyInAnyOrder("FACEBOOK", "INSTAGRAM", "X", "REDDIT", "HOSTING_PROVIDER");
        for (String platform : List.of("FACEBOOK", "INSTAGRAM", "X", "REDDIT")) {
            assertThat(byPlatform.get(platform).legalBases()).as(platform).containsExactly(US_TAKE_IT_DOWN_ACT, PLATFORM_POLICY);
            assertThat(byPlatform.get(platform).letter()).contains("not later than 48\nhours after receiving this request");
        }
        assertThat(byPlatform.get("HOSTING_PROVIDER").legalBases()).containsExactly(PLATFORM_POLICY);
        assertThat(byPlatform.get("HOSTING_PROVIDER").route().email()).isEqualTo(RdapTestResource.KNOWN_DOMAIN_ABUSE);
    }

    @Test
    void noticesArriveOnTheCallersVertxContextSoItCanGoOnWithItsTransaction() throws Throwable {
        Boolean sameContext = VertxContextSupport.subscribeAndAwait(() -> {
            Context caller = Vertx.currentContext();
            return composer.compose(Reports.report("TD-DONE-CTX", "GB", false, Reports.DONE_WHEN_URLS))
                    .map(notices -> notices.size() == 5 && Vertx.currentContext() == caller);
        });

        assertThat(sameContext).isTrue();
    }

    private List<ComposedNotice> compose(org.ncii.events.ReportSubmitted report) {
        return composer.compose(report).await().atMost(Duration.ofSeconds(30));
    }

    private static Map<String, ComposedNotice> byPlatform(List<ComposedNotice> notices) {
        return notices.stream().collect(Collectors.toMap(ComposedNotice::platform, Function.identity()));
    }
}
