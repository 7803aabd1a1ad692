package org.ncii.takedown.notice;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.ncii.events.ContentHash;
import org.ncii.events.Declarations;
import org.ncii.events.DeliveryRoute;
import org.ncii.events.NoticeItem;
import org.ncii.events.ReportSubmitted;
import org.ncii.events.ReportedItem;
import org.ncii.events.ReporterRole;
import org.ncii.events.Requester;
import org.ncii.events.SharedIdentity;
import org.ncii.takedown.registry.PlatformCatalogue;
import org.ncii.takedown.registry.PlatformDescription;
import org.ncii.takedown.registry.PlatformMatch;
import org.ncii.takedown.registry.ReloadingPlatformRegistry;

/**
 * Composes one notice per platform per case from the registry, the legal-basis rules and the letter
 * templates. Hosting-provider items are grouped per site (registrable domain, or IP literal), each site with
 * its own abuse contact, so one case may yield several {@code HOSTING_PROVIDER} notices.
 */
@ApplicationScoped
public class PlatformNoticeComposer implements NoticeComposer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final ReloadingPlatformRegistry registry;
    private final AbuseContactDirectory abuseContacts;
    private final LetterRenderer renderer;
    private final HelplineConfig helpline;

    public PlatformNoticeComposer(ReloadingPlatformRegistry registry, AbuseContactDirectory abuseContacts,
                                  LetterRenderer renderer, HelplineConfig helpline) {
        this.registry = registry;
        this.abuseContacts = abuseContacts;
        this.renderer = renderer;
        this.helpline = helpline;
    }

    /**
     * Fails (with {@link IllegalArgumentException}) only for a report missing one of the three declarations:
     * a notice without them is not a valid request under any basis. Emits on the caller's Vert.x context.
     */
    @Override
    public Uni<List<ComposedNotice>> compose(ReportSubmitted report) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            Uni<List<ComposedNotice>> notices = composeAll(report);
            return caller == null ? notices : notices.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    private Uni<List<ComposedNotice>> composeAll(ReportSubmitted report) {
        Declarations declarations = report.declarations();
        if (declarations == null || !declarations.notConsented() || !declarations.goodFaith() || !declarations.accurate()) {
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "report " + report.caseRef() + " lacks a required declaration"));
        }
        PlatformCatalogue catalogue = registry.catalogue();
        Requester requester = requester(report);
        List<Uni<ComposedNotice>> notices = new ArrayList<>();
        for (Group group : group(report, catalogue).values()) {
            PlatformDescription platform = catalogue.byId(group.platformId()).orElseThrow();
            Uni<HostingRoute> route = group.hosting()
                    ? abuseContacts.routeFor(group.host(), group.site())
                    : Uni.createFrom().item(new HostingRoute(
                            new DeliveryRoute(platform.noticeEmail(), platform.webFormUrl(), null), null));
            notices.add(route.map(r -> notice(report, platform, group, requester, r)));
        }
        if (notices.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(notices).andFailFast();
    }

    /** Items by platform in report order; hosting-provider items by site. */
    static Map<String, Group> group(ReportSubmitted report, PlatformCatalogue catalogue) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ReportedItem item : report.items()) {
            PlatformMatch match = catalogue.match(item.url());
            String key = match.hostingProvider() ? match.platformId() + "|" + match.site() : match.platformId();
            groups.computeIfAbsent(key, k -> new Group(match.platformId(), match.hostingProvider(), match.host(),
                            match.site(), new ArrayList<>()))
                    .items().add(new NoticeItem(item.itemId(), item.url(), match.contentId(), item.hashes()));
        }
        return groups;
    }

    private ComposedNotice notice(ReportSubmitted report, PlatformDescription platform, Group group,
                                  Requester requester, HostingRoute route) {
        List<LegalBasis> bases = LegalBasisChoice.choose(platform, report.countryOfResidence());
        Duration deadline = LegalBasisChoice.responseDeadline(bases, platform);
        String subject = subject(report, platform, group);
        Letter letter = letter(report, platform, group, requester, route, subject, deadline);
        String text = renderer.render(letter, platform.family(), bases);
        return new ComposedNotice(platform.id(), group.items(), bases, deadline, report.minor(), requester,
                route.route(), subject, text);
    }

    private Requester requester(ReportSubmitted report) {
        SharedIdentity identity = report.identity();
        if (report.shareIdentityWithPlatforms() && identity != null && identity.name() != null) {
            String name = PlainText.line(identity.name(), 200);
            String signature = PlainText.line(identity.signature(), 200);
            return new Requester(name, null, PlainText.token(identity.email(), 254), PlainText.line(identity.phone(), 40),
                    signature == null ? name : signature, true);
        }
        return new Requester(helpline.name(), helpline.organisation(), helpline.email(), helpline.phone(),
                helpline.signature(), false);
    }

    private static String subject(ReportSubmitted report, PlatformDescription platform, Group group) {
        String addressee = group.hosting() ? safeSite(group) : platform.name();
        return (report.minor() ? "URGENT child protection - " : "")
                + "Removal request: non-consensual intimate imagery - case " + PlainText.token(report.caseRef(), 64)
                + " - " + addressee + " (" + group.items().size() + (group.items().size() == 1 ? " item)" : " items)");
    }

    private static Letter letter(ReportSubmitted report, PlatformDescription platform, Group group, Requester requester,
                                 HostingRoute route, String subject, Duration deadline) {
        List<LetterItem> items = new ArrayList<>();
        for (NoticeItem item : group.items()) {
            items.add(new LetterItem(items.size() + 1, PlainText.token(item.url(), 2048),
                    PlainText.token(item.platformContentId(), 512), hashes(item.hashes())));
        }
        String addressee = group.hosting() ? "Abuse team responsible for " + safeSite(group) : platform.name();
        return new Letter(PlainText.token(report.caseRef(), 64), DATE.format(report.submittedAt()), subject,
                platform.name(), addressee, group.hosting() ? safeSite(group) : null, route.capacity(), items,
                report.minor(), countryName(report.countryOfResidence()), requester.victimIdentityShared(),
                report.reporterRole() == null || report.reporterRole() == ReporterRole.VICTIM,
                requester.name(), requester.organisation(), requester.email(), requester.phone(), requester.signature(),
                platform.policyName(), platform.policyUrl(), deadline.toHours());
    }

    private static String safeSite(Group group) {
        String site = PlainText.token(group.site(), 253);
        return site == null ? "the host of the listed URLs" : site;
    }

    private static String hashes(List<ContentHash> hashes) {
        if (hashes == null || hashes.isEmpty()) {
            return null;
        }
        return hashes.stream()
                .map(h -> h.algorithm() + " " + PlainText.token(h.value(), 128)
                        + (h.variant() == null ? "" : " (" + PlainText.token(h.variant(), 32) + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String countryName(String code) {
        String country = LegalBasisChoice.normalise(code);
        if (country.length() != 2) {
            return "an unknown country";
        }
        String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() || name.equals(country) ? country : name;
    }

    record Group(String platformId, boolean hosting, String host, String site, List<NoticeItem> items) {
    }
}
