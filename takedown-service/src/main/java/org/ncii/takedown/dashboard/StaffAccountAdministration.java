package org.ncii.takedown.dashboard;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.ncii.http.ProblemException;

/** Admins create and disable staff accounts; an admin cannot disable their own account (no lock-out). */
@ApplicationScoped
public class StaffAccountAdministration {
    static final int MIN_PASSWORD = 12;
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}";

    private final StaffAccounts accounts;
    private final Clock clock;

    public StaffAccountAdministration(StaffAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new account; refused with a message naming the field when the form is incomplete or the e-mail taken. */
    @io.quarkus.qute.TemplateData
    public record NewAccount(String email, String displayName, String password, String role) {
    }

    public Uni<List<StaffAccount>> all() {
        return accounts.all();
    }

    public Uni<StaffAccount> create(NewAccount form, String admin) {
        String email = StaffAccounts.normalise(form.email());
        if (!email.matches(EMAIL) || email.length() > 320) {
            return Uni.createFrom().failure(ProblemException.invalid("email", "Enter an e-mail address, like name@helpline.org."));
        }
        String name = form.displayName() == null ? "" : form.displayName().trim();
        if (name.isEmpty() || name.length() > 200) {
            return Uni.createFrom().failure(ProblemException.invalid("displayName", "Enter the person's name (at most 200 characters)."));
        }
        String password = form.password() == null ? "" : form.password();
        if (password.length() < MIN_PASSWORD || password.length() > 72) {
            return Uni.createFrom().failure(ProblemException.invalid("password",
                    "Choose a password of " + MIN_PASSWORD + " to 72 characters."));
        }
        StaffAccount.Role role;
        try {
            role = StaffAccount.Role.valueOf(form.role() == null ? "" : form.role());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalid("role", "Choose caseworker or administrator."));
        }
        return Uni.createFrom().item(() -> PasswordHashes.hash(password))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(hash -> accounts.create(email, name, hash, role, admin, clock.instant()))
                .map(created -> created.orElseThrow(() -> ProblemException.invalid("email",
                        "There is already an account for " + email + ".")));
    }

    public Uni<Void> setEnabled(long id, boolean enabled, String admin) {
        return accounts.byEmail(admin).chain(self -> {
            if (!enabled && self.isPresent() && self.get().id() == id) {
                return Uni.createFrom().failure(ProblemException.conflict("You cannot disable your own account."));
            }
            return accounts.setEnabled(id, enabled, clock.instant()).map(found -> {
                if (!found) {
                    throw ProblemException.notFound("There is no such account.");
                }
                return null;
            });
        }).replaceWithVoid();
    }
}
