package org.ncii.takedown.client;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the loopback RDAP server for every {@code @QuarkusTest} of the module (one Quarkus start for all). */
@QuarkusTestResource(RdapTestResource.class)
public final class RdapTestInfrastructure {
    private RdapTestInfrastructure() {
    }
}
