package org.ncii.takedown.client;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points every {@code @QuarkusTest} of this module at a loopback RDAP server (no test asks a real registry).
 * Known answers: {@code abuse-test.example} has registrar abuse contact {@code abuse@abuse-test.example};
 * {@code 127.0.0.9} is network "TEST-HOSTING-NET" with abuse contact {@code abuse@hosting-test.example};
 * anything else is 404. A test declares a field {@code LoopbackRdapServer rdap;} to add answers.
 */
public class RdapTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String KNOWN_DOMAIN = "abuse-test.example";
    public static final String KNOWN_DOMAIN_ABUSE = "abuse@abuse-test.example";
    public static final String KNOWN_ADDRESS = "127.0.0.9";
    public static final String KNOWN_ADDRESS_ABUSE = "abuse@hosting-test.example";

    private LoopbackRdapServer server;

    @Override
    public Map<String, String> start() {
        server = LoopbackRdapServer.start()
                .domain(KNOWN_DOMAIN, KNOWN_DOMAIN_ABUSE)
                .network(KNOWN_ADDRESS, "TEST-HOSTING-NET", KNOWN_ADDRESS_ABUSE);
        return Map.of("takedown.rdap.base-url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(LoopbackRdapServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
