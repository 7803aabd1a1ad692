package org.ncii.takedown.dashboard;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import org.ncii.takedown.registry.PlatformDescription;
import org.ncii.takedown.registry.PlatformRegistry;

/** The platform registry as caseworkers need it: how each platform is reached (partner, e-mail or by hand). */
@Path("/dashboard/platforms")
@Produces(MediaType.TEXT_HTML)
public class PlatformsPage {
    /** {@code route} in words: a partner's webhook, an e-mail address, or a form staff fill in by hand. */
    @TemplateData
    public record Entry(PlatformDescription platform, String route, boolean partner, boolean email, boolean manual) {
    }

    private final PlatformRegistry registry;
    private final Pages pages;
    private final Template page;

    public PlatformsPage(PlatformRegistry registry, Pages pages, @Location("dashboard/platforms.html") Template page) {
        this.registry = registry;
        this.pages = pages;
        this.page = page;
    }

    @GET
    public Response platforms() {
        List<Entry> entries = registry.all().stream().map(PlatformsPage::entry).toList();
        return pages.ok(pages.page(page, "Platforms", "platforms").data("entries", entries)
                .data("version", registry.version()));
    }

    static Entry entry(PlatformDescription p) {
        boolean partner = p.channels().contains("WEBHOOK");
        boolean email = p.channels().contains("EMAIL");
        boolean manual = p.channels().contains("MANUAL");
        String route = partner ? "Partner (signed webhook)" : email ? "E-mail" : manual ? "By hand (web form)" : "Abuse contact";
        return new Entry(p, route, partner, email, manual);
    }
}
