package org.ncii.takedown.notice;

/**
 * The law (or policy) a removal request is made under, with the deadline it sets and where to escalate when
 * a platform ignores it.
 */
public enum LegalBasis {
    /** 47 U.S.C. 223a: removal within 48 hours of a valid request. */
    US_TAKE_IT_DOWN_ACT("US TAKE IT DOWN Act (47 U.S.C. 223a)", 48,
            "Federal Trade Commission complaint (reportfraud.ftc.gov), the Act's enforcer"),
    /** Notice and action; platforms confirm receipt and decide in a timely manner. */
    EU_DSA_ARTICLE_16("EU Digital Services Act, Article 16", 72,
            "Complaint to the Digital Services Coordinator of the victim's Member State (DSA Art. 53)"),
    /** Sharing intimate images without consent is an offence; platforms have duties under the Online Safety Act. */
    UK_SOA_66B("UK Sexual Offences Act 2003, ss. 66B-66D", 72,
            "Complaint to Ofcom under the Online Safety Act 2023"),
    /** Always included: the platform's own NCII policy, named in the notice. */
    PLATFORM_POLICY("Platform's own non-consensual intimate imagery policy", 72,
            "Escalation through the platform's trusted-flagger or partner channel");

    private final String title;
    private final int defaultDeadlineHours;
    private final String regulatorRoute;

    LegalBasis(String title, int defaultDeadlineHours, String regulatorRoute) {
        this.title = title;
        this.defaultDeadlineHours = defaultDeadlineHours;
        this.regulatorRoute = regulatorRoute;
    }

    public String title() {
        return title;
    }

    public int defaultDeadlineHours() {
        return defaultDeadlineHours;
    }

    /** Where a caseworker escalates an ignored request made under this basis. */
    public String regulatorRoute() {
        return regulatorRoute;
    }
}
