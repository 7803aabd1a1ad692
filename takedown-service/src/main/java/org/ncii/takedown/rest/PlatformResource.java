package org.ncii.takedown.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.ncii.takedown.registry.PlatformDescription;
import org.ncii.takedown.registry.PlatformRegistry;

/** The platforms the service knows, as the registry describes them. */
@Path("/v1/platforms")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {
    public record Platforms(String version, List<PlatformDescription> platforms) {
    }

    private final PlatformRegistry registry;

    public PlatformResource(PlatformRegistry registry) {
        this.registry = registry;
    }

    @GET
    public Platforms all() {
        return new Platforms(registry.version(), registry.all());
    }
}
