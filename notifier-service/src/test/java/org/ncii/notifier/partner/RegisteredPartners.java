package org.ncii.notifier.partner;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.vertx.VertxContextSupport;
import org.ncii.testkit.TestDatabase;

/**
 * Partners a test class registered, removed again afterwards: platforms have one partner each and the module's
 * tests share one database, so a class must give back the platforms it claimed.
 */
final class RegisteredPartners {
    private final PartnerService partners;
    private final List<String> ids = new ArrayList<>();

    RegisteredPartners(PartnerService partners) {
        this.partners = partners;
    }

    RegisteredPartner register(String name, String webhookUrl, String... platforms) {
        try {
            RegisteredPartner registered = VertxContextSupport.subscribeAndAwait(
                    () -> partners.register(new NewPartner(name, List.of(platforms), webhookUrl, null)));
            ids.add(registered.partnerId());
            return registered;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    void track(String partnerId) {
        ids.add(partnerId);
    }

    /** Deletes every partner this class registered, with what hangs off it. */
    void removeAll(TestDatabase db) {
        for (String id : ids) {
            db.update("DELETE FROM partner_signing_secret WHERE partner_id = ?", id);
            db.update("DELETE FROM partner_platform WHERE partner_id = ?", id);
            db.update("DELETE FROM partner WHERE partner_id = ?", id);
        }
        ids.clear();
    }
}
