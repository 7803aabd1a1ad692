package org.ncii.takedown.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ncii.events.Declarations;
import org.ncii.events.NoticeItem;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReporterRole;
import org.ncii.events.ReportedItem;

/**
 * One notice per platform per case with all its items; hosting-provider items make one notice per site
 * (registrable domain or IP address), each addressed to that site's own abuse contact.
 */
class GroupingTest {
    private static final Composition COMPOSITION = new Composition();

    @AfterAll
    static void close() {
        COMPOSITION.close();
    }

    @Test
    void itemsOfOnePlatformShareOneNoticeWhateverHostOrCdnTheyUse() {
        List<ComposedNotice> notices = COMPOSITION.compose(Reports.report("TD-GROUP-1", "US", false, List.of(
                "https://www.reddit.com/r/somesub/comments/1abcde/a_title/",
                "https://i.redd.it/abcd1234efgh.jpg",
                "https://preview.redd.it/k2abc9def.png?width=640",
                "https://youtu.be/dQw4w9WgXcQ")));

        assertThat(notices).extracting(ComposedNotice::platform).containsExactly("REDDIT", "YOUTUBE");
        assertThat(notices.get(0).items()).extracting(NoticeItem::platformContentId).containsExactly("1abcde", "abcd1234efgh", "k2abc9def");
        assertThat(notices.get(0).items()).extracting(NoticeItem::itemId).containsExactly("item-1", "item-2", "item-3");
        assertThat(notices.get(0).items().get(0).hashes()).hasSize(1);
    }

    @Test
    void eachHostingSiteGetsItsOwnNoticeAndAbuseContact() {
        COMPOSITION.rdap().domain("first-site.example", "abuse@first-registrar.test")
                .domain("second-site.example", "abuse@second-registrar.test")
                .network("127.0.0.21", "LOOPBACK-HOSTING", "abuse@loopback-hosting.test");

        List<ComposedNotice> notices = COMPOSITION.compose(Reports.report("TD-GROUP-2", "GB", false, List.of(
                "https://cdn.first-site.example/a.jpg",
                "https://second-site.example/b.jpg",
                "https://www.first-site.example/c.html",
                "http://127.0.0.21/d.jpg")));

        assertThat(notices).extracting(ComposedNotice::platform).containsOnly("HOSTING_PROVIDER");
        assertThat(notices).extracting(n -> n.route().email())
                .containsExactly("abuse@first-registrar.test", "abuse@second-registrar.test", "abuse@loopback-hosting.test");
        assertThat(notices.get(0).items()).extracting(NoticeItem::url)
                .containsExactly("https://cdn.first-site.example/a.jpg", "https://www.first-site.example/c.html");
        assertThat(notices.get(0).subject()).contains("first-site.example (2 items)");
        assertThat(notices.get(2).letter()).contains("network LOOPBACK-HOSTING of Test Hosting Ltd that hosts 127.0.0.21");
        assertThat(notices).allSatisfy(n -> assertThat(n.responseDeadline()).isEqualTo(Duration.ofHours(72)));
    }

    @Test
    void reportWithoutEveryDeclarationIsRefused() {
        ReportSubmitted report = new ReportSubmitted("TD-GROUP-3", Reports.SUBMITTED, ReporterRole.VICTIM, "GB", false, false,
                new Declarations(true, false, true), List.of(new ReportedItem("i", "https://x.com/a/status/1", List.of())), null);

        assertThatThrownBy(() -> COMPOSITION.compose(report))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declaration");
    }
}
