package org.ncii.takedown.dashboard;

import java.time.Instant;

/** A dashboard account: a caseworker ({@code STAFF}) or an administrator ({@code ADMIN}). */
@io.quarkus.qute.TemplateData
public record StaffAccount(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
                           Instant createdAt, String createdBy, Instant disabledAt) {

    /** The role in the dashboard's words. */
    public String roleWords() {
        return role == Role.ADMIN ? "Administrator" : "Caseworker";
    }

    public enum Role {
        STAFF, ADMIN;

        /** The security roles of an account: every account is {@code staff}; an admin is {@code admin} too. */
        public java.util.Set<String> groups() {
            return this == ADMIN ? java.util.Set.of("staff", "admin") : java.util.Set.of("staff");
        }
    }
}
