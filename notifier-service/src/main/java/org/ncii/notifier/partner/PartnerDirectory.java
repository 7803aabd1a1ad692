package org.ncii.notifier.partner;

import java.util.Optional;

import io.smallrye.mutiny.Uni;

/** Finds the partner that answers for a platform; the delivery side's only view of partner management. */
public interface PartnerDirectory {
    /** The enabled partner answering for {@code platform}, if any. Runs in the caller's reactive session. */
    Uni<Optional<PartnerEndpoint>> forPlatform(String platform);

    /** A partner by id (for deliveries already bound to one). */
    Uni<Optional<PartnerEndpoint>> byId(String partnerId);

    /** Turns the partner's webhook off after it answered 410 Gone; staff are alerted by the caller. */
    Uni<Void> disableWebhook(String partnerId, String why);
}
