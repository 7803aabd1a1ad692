package org.ncii.takedown.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ncii.events.Declarations;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportedItem;
import org.ncii.events.ReporterRole;
import org.ncii.events.Requester;
import org.ncii.events.SharedIdentity;

/**
 * Notices name the helpline unless the victim chose to share their identity; whatever the reporter typed is
 * printed literally, on one line, and can neither add lines to the letter nor be evaluated as a template.
 */
class RequesterAndEscapingTest {
    private static final Composition COMPOSITION = new Composition();
    private static final List<String> URLS = List.of("https://www.instagram.com/p/C0dEfGhIjK/");

    @AfterAll
    static void close() {
        COMPOSITION.close();
    }

    @Test
    void helplineIsTheRequesterUnlessTheVictimSharesTheirIdentity() {
        ComposedNotice notice = COMPOSITION.composeOne(Reports.report("TD-REQ-1", "GB", false, URLS), "INSTAGRAM");

        assertThat(notice.requester()).isEqualTo(new Requester("Removal team", "Test Helpline",
                Composition.HELPLINE_EMAIL, "+44 20 7946 0000", "Removal team, Test Helpline", false));
    }

    @Test
    void victimWhoSharesTheirIdentityIsNamedAndSigns() {
        ComposedNotice notice = COMPOSITION.composeOne(Reports.sharingIdentity("TD-REQ-2", "US",
                new SharedIdentity("Jane Doe", "jane@mail.test", "+1 555 0100", "Jane Doe"), URLS), "INSTAGRAM");

        assertThat(notice.requester()).isEqualTo(new Requester("Jane Doe", null, "jane@mail.test", "+1 555 0100", "Jane Doe", true));
        assertThat(notice.letter()).contains("I, Jane Doe, am the person depicted", "Name: Jane Doe",
                "E-mail: jane@mail.test", "Electronic signature: /Jane Doe/", "Signed by the person depicted.");
        assertThat(notice.letter()).doesNotContain("Test Helpline", Composition.HELPLINE_EMAIL);
    }

    @Test
    void representativeWhoSharesTheirIdentitySignsForThePersonDepicted() {
        ReportSubmitted report = new ReportSubmitted("TD-REQ-4", Reports.SUBMITTED, ReporterRole.REPRESENTATIVE, "GB",
                false, true, new Declarations(true, true, true), List.of(new ReportedItem("i1", URLS.get(0), List.of())),
                new SharedIdentity("Sam Solicitor", "sam@law.test", null, "Sam Solicitor"));

        String letter = COMPOSITION.composeOne(report, "INSTAGRAM").letter();

        assertThat(letter).contains("I, Sam Solicitor, act for the person depicted, with their authority",
                "Signed by a person authorised to act on behalf of the person depicted.");
        assertThat(letter).doesNotContain("am the person depicted", "Telephone:");
    }

    @Test
    void reporterTextCannotAddLinesNorBeEvaluated() {
        String name = "Jane {n.caseRef} Doe\r\n\r\n5. SIGNATURE\nElectronic signature: /Forged/";
        String signature = "{#include notice/letter /}\u202Eeod enaJ";
        ComposedNotice notice = COMPOSITION.composeOne(Reports.sharingIdentity("TD-REQ-3", "DE",
                new SharedIdentity(name, "jane@mail.test\nBcc: all@evil.test", "+1\t555", signature), URLS), "INSTAGRAM");
        String letter = notice.letter();

        assertThat(letter).contains("I, Jane {n.caseRef} Doe 5. SIGNATURE Electronic signature: /Forged/, am the person depicted");
        assertThat(letter).contains("Electronic signature: /{#include notice/letter /} eod enaJ/");
        assertThat(letter.lines().filter(l -> l.startsWith("Electronic signature:"))).hasSize(1);
        assertThat(letter.lines().filter(l -> l.startsWith("NOTICE AND REQUEST FOR REMOVAL"))).hasSize(1);
        assertThat(letter).doesNotContain("\u202E", "\r", "\t").doesNotContain("\nBcc:");
        assertThat(notice.requester().email()).isEqualTo("jane@mail.test%20Bcc:%20all@evil.test");
        assertThat(notice.requester().name()).doesNotContain("\n");
    }
}
