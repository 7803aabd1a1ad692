package org.ncii.notifier.partner;

import io.smallrye.jwt.build.Jwt;

/** Staff bearer tokens signed with the test key pair (src/test/resources/jwt), as the helpline's issuer would. */
final class StaffTokens {
    private StaffTokens() {
    }

    static String admin() {
        return "Bearer " + Jwt.upn("admin@helpline.test").groups("admin").sign();
    }

    /** A caseworker: signed in, but not allowed to manage partners. */
    static String staff() {
        return "Bearer " + Jwt.upn("caseworker@helpline.test").groups("staff").sign();
    }
}
