package org.ncii.takedown.dashboard;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Dashboard sign-in: the e-mail and password of the sign-in form checked against the account's bcrypt hash. A
 * disabled account, an unknown e-mail and a wrong password fail alike and take alike long.
 */
@ApplicationScoped
public class StaffIdentities implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final StaffAccounts accounts;

    public StaffIdentities(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String password = new String(request.getPassword().getPassword());
        return accounts.byEmail(request.getUsername())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(found -> {
                    String hash = found.filter(StaffAccount::enabled).map(StaffAccount::passwordHash).orElse(null);
                    if (!PasswordHashes.matches(password, hash)) {
                        throw new AuthenticationFailedException();
                    }
                    return identity(found.get());
                });
    }

    static SecurityIdentity identity(StaffAccount account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.email()))
                .addRoles(account.role().groups())
                .addAttribute("displayName", account.displayName())
                .build();
    }

    static Optional<StaffAccount> usable(Optional<StaffAccount> found) {
        return found.filter(StaffAccount::enabled);
    }
}
