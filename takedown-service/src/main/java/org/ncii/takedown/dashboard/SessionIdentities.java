package org.ncii.takedown.dashboard;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Every request after sign-in: the encrypted session cookie names the account, which is read again, so an
 * account an admin disabled (or whose role changed) takes effect on its next request.
 */
@ApplicationScoped
public class SessionIdentities implements IdentityProvider<TrustedAuthenticationRequest> {
    private final StaffAccounts accounts;

    public SessionIdentities(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return accounts.byEmail(request.getPrincipal()).map(found -> StaffIdentities.usable(found)
                .map(StaffIdentities::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
