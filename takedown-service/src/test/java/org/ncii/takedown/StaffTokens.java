package org.ncii.takedown;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test key pair (src/test/resources/jwt), as the helpline's identity provider would. */
public final class StaffTokens {
    private StaffTokens() {
    }

    public static String staff(String who) {
        return Jwt.upn(who).groups(Set.of("staff")).sign();
    }

    public static String withGroups(String who, String... groups) {
        return Jwt.upn(who).groups(Set.of(groups)).sign();
    }
}
