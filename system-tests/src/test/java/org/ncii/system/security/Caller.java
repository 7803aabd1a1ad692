package org.ncii.system.security;

/**
 * Every kind of caller the authorisation matrix tries on every endpoint: the five legitimate ones (each with the
 * wrong object too, where objects belong to someone) and the tokens an attacker or a stale client would present.
 */
enum Caller {
    ANONYMOUS("anonymous"),
    VICTIM_OWN("victim, own code"),
    VICTIM_OTHER("victim, other case's code"),
    STAFF("staff JWT"),
    ADMIN("admin JWT"),
    PARTNER_OWN("partner key, owner"),
    PARTNER_OTHER("partner key, other partner"),
    EXPIRED("expired JWT"),
    FOREIGN_ISSUER("foreign-issuer JWT"),
    WRONG_AUDIENCE("wrong-audience JWT"),
    FORGED("JWT signed by an unknown key"),
    DEV_TOKEN("devstack's dev-only token");

    final String label;

    Caller(String label) {
        this.label = label;
    }
}
