package org.ncii.notifier.partner.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.ncii.notifier.partner.Partner;
import org.ncii.notifier.partner.PartnerDirectory;
import org.ncii.notifier.partner.PartnerEndpoint;
import org.ncii.notifier.partner.PartnerPlatform;
import org.ncii.notifier.partner.PartnerSigningSecret;

/**
 * The partner directory delivery reads, backed by the partner tables. It returns a partner whatever the state of
 * its webhook ({@code webhookEnabled} says); signing secrets are decrypted here, newest first, and include a
 * rotated-out one until it retires. Joins the caller's session or transaction when there is one.
 */
@ApplicationScoped
public class StoredPartnerDirectory implements PartnerDirectory {
    private final SecretCipher cipher;
    private final Clock clock;

    public StoredPartnerDirectory(SecretCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @WithSession
    public Uni<Optional<PartnerEndpoint>> forPlatform(String platform) {
        return PartnerPlatform.<PartnerPlatform>findById(platform)
                .chain(link -> link == null ? Uni.createFrom().item(Optional.<PartnerEndpoint>empty()) : endpointOf(link.partnerId));
    }

    @Override
    @WithSession
    public Uni<Optional<PartnerEndpoint>> byId(String partnerId) {
        return endpointOf(partnerId);
    }

    @Override
    @WithTransaction
    public Uni<Void> disableWebhook(String partnerId, String why) {
        return Partner.<Partner>findById(partnerId).invoke(partner -> {
            if (partner != null) {
                partner.webhookEnabled = false;
                partner.webhookDisabledReason = why == null ? null : why.substring(0, Math.min(200, why.length()));
                partner.updatedAt = clock.instant();
            }
        }).replaceWithVoid();
    }

    private Uni<Optional<PartnerEndpoint>> endpointOf(String partnerId) {
        return Partner.<Partner>findById(partnerId).chain(partner -> {
            if (partner == null) {
                return Uni.createFrom().item(Optional.<PartnerEndpoint>empty());
            }
            return PartnerSigningSecret.<PartnerSigningSecret>list("partnerId", partnerId)
                    .map(secrets -> Optional.of(new PartnerEndpoint(partner.partnerId, partner.name, partner.webhookUrl,
                            partner.webhookEnabled, partner.email, signing(secrets))));
        });
    }

    private List<String> signing(List<PartnerSigningSecret> secrets) {
        Instant now = clock.instant();
        return secrets.stream()
                .filter(s -> s.signsAt(now))
                .sorted(Comparator.comparing((PartnerSigningSecret s) -> s.createdAt).reversed())
                .map(s -> cipher.open(new SecretCipher.Sealed(s.keyId, s.ciphertext), s.partnerId))
                .toList();
    }
}
