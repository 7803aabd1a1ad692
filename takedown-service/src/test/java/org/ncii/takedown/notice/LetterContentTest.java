package org.ncii.takedown.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Each rendered letter carries every element its legal bases require: signature, identification and exact
 * URLs, the good-faith statement of non-consent, contact information, the 48-hour statement where the US Act
 * applies, the DSA statement of accuracy, the UK offence, and the platform's policy by name.
 */
class LetterContentTest {
    private static final Composition COMPOSITION = new Composition();
    private static final List<String> URLS = List.of(
            "https://www.facebook.com/jane.doe/posts/pfbid02AbCdEf",
            "https://m.facebook.com/photo.php?fbid=1234567890");

    @AfterAll
    static void close() {
        COMPOSITION.close();
    }

    @Test
    void ukResidentLetterNamesTheUkOffenceAndTheUsAct() {
        String letter = letter("GB", false);

        assertCommonElements(letter);
        assertThat(letter).contains("Sexual Offences Act 2003, sections 66B to 66D", "Online Safety Act 2023",
                "The person depicted lives in the United Kingdom");
        assertThat(letter).contains("not later than 48\nhours after receiving this request");
        assertThat(letter).doesNotContain("Digital Services Act");
    }

    @Test
    void usResidentLetterHasTheFourElementsAndTheFortyEightHourStatement() {
        String letter = letter("US", false);

        assertCommonElements(letter);
        assertThat(letter).contains("US TAKE IT DOWN Act (47 U.S.C. 223a)", "valid removal request",
                "not later than 48\nhours after receiving this request", "known\nidentical copies");
        assertThat(letter).doesNotContain("Sexual Offences Act", "Digital Services Act");
    }

    @Test
    void euResidentLetterIsAnArticle16NoticeWithTheStatementOfAccuracy() {
        String letter = letter("DE", false);

        assertCommonElements(letter);
        assertThat(letter).contains("Digital Services Act (Regulation (EU) 2022/2065), Article 16",
                "lives in\n    Germany", "(b) Exact electronic location: the URLs listed in section 1",
                "(c) Name and e-mail address of the notifier: Test Helpline, " + Composition.HELPLINE_EMAIL,
                "bona fide belief that the information\n    and allegations contained in this notice are accurate and complete");
    }

    @Test
    void minorsLetterIsFlaggedForChildProtection() {
        ComposedNotice notice = COMPOSITION.composeOne(Reports.report("TD-MINOR-1", "GB", true, URLS), "FACEBOOK");

        assertThat(notice.childProtection()).isTrue();
        assertThat(notice.subject()).startsWith("URGENT child protection");
        assertCommonElements(notice.letter());
        assertThat(notice.letter()).contains("CHILD PROTECTION: THE PERSON DEPICTED IS UNDER 18",
                "child sexual abuse material", "NCMEC CyberTipline", "Internet Watch Foundation");
    }

    @Test
    void letterOfAPlatformOutsideMetaUsesTheDefaultOpeningAndItsOwnPolicy() {
        ComposedNotice notice = COMPOSITION.composeOne(
                Reports.report("TD-X-1", "US", false, List.of("https://x.com/someone/status/1790000000000000001")), "X");

        assertThat(notice.letter()).contains("Dear X (Twitter) trust and safety team",
                "Your own policy: X Non-consensual nudity policy (https://help.x.com/en/rules-and-policies/intimate-media)",
                "Content id: 1790000000000000001");
    }

    @Test
    void searchEngineLetterAsksForDelisting() {
        ComposedNotice notice = COMPOSITION.composeOne(Reports.report("TD-SEARCH-1", "FR", false,
                List.of("https://www.google.com/search?q=jane+doe&tbm=isch")), "GOOGLE_SEARCH");

        assertThat(notice.letter()).contains("remove from Google Search results", "Article 16");
    }

    private static String letter(String country, boolean minor) {
        return COMPOSITION.composeOne(Reports.report("TD-LETTER-" + country, country, minor, URLS), "FACEBOOK").letter();
    }

    private static void assertCommonElements(String letter) {
        assertThat(letter)
                .as("identification and exact URLs")
                .contains("1. https://www.facebook.com/jane.doe/posts/pfbid02AbCdEf",
                        "2. https://m.facebook.com/photo.php?fbid=1234567890", "Content id: 1234567890")
                .as("good-faith statement of non-consent")
                .contains("in good faith, that the content identified\nabove was published without their consent")
                .as("contact information of the helpline, not the victim")
                .contains("Organisation: Test Helpline (authorised representative)", "E-mail: " + Composition.HELPLINE_EMAIL,
                        "Telephone: +44 20 7946 0000")
                .as("signature")
                .contains("Electronic signature: /Removal team, Test Helpline/")
                .as("platform policy named")
                .contains("Your own policy: Meta Community Standards - Adult Sexual Exploitation");
    }
}
