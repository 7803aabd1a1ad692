package org.ncii.notifier.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.ncii.http.ProblemException;
import org.ncii.notifier.partner.config.PartnerConfig;
import org.ncii.notifier.partner.service.PartnerCredentials;
import org.ncii.notifier.partner.service.SecretCipher;

/**
 * Partner management: registration, secret rotation, API key rotation and revocation, webhook on and off. Each
 * operation is one transaction; secrets leave it only in the returned value, once.
 *
 * <p>Stable signatures (delivery tests register partners through them without HTTP):
 * <pre>
 * Uni&lt;RegisteredPartner&gt; register(NewPartner partner)          // partnerId, apiKey, signingSecret ("whsec_...")
 * Uni&lt;SigningSecretRotation&gt; rotateSigningSecret(String partnerId)
 * Uni&lt;Void&gt; setWebhookEnabled(String partnerId, boolean enabled)
 * </pre>
 * Each opens its own transaction (or joins the caller's) and fails with {@link ProblemException} (400/404/409).
 */
@ApplicationScoped
public class PartnerService {
    /** Ids are "ptn_" and 32 hex digits today; the pattern leaves room for other printable ids up to the column size. */
    private static final java.util.regex.Pattern PARTNER_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private final PartnerCredentials credentials;
    private final SecretCipher cipher;
    private final WebhookUrlPolicy webhookPolicy;
    private final PartnerConfig config;
    private final Clock clock;

    public PartnerService(PartnerCredentials credentials, SecretCipher cipher, WebhookUrlPolicy webhookPolicy,
                          PartnerConfig config, Clock clock) {
        this.credentials = credentials;
        this.cipher = cipher;
        this.webhookPolicy = webhookPolicy;
        this.config = config;
        this.clock = clock;
    }

    /** The new signing secret, and until when the ones it replaces keep signing beside it. */
    public record SigningSecretRotation(String signingSecret, Instant previousRetireAt) {
    }

    public Uni<RegisteredPartner> register(@Valid @NotNull NewPartner partner) {
        return Uni.createFrom().deferred(() -> {
            List<String> platforms = checkedPlatforms(partner.platforms());
            return checkedWebhook(partner.webhookUrl()).chain(() -> Panache.withTransaction(() -> claimable(platforms)
                    .chain(() -> store(partner, platforms))));
        }).onFailure(PartnerService::isPlatformTaken)
                .transform(e -> ProblemException.conflict("a platform in platforms already has a partner"));
    }

    /** Two registrations raced for one platform: the primary key of partner_platform refused the second. */
    private static boolean isPlatformTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("partner_platform_pkey")) {
                return true;
            }
        }
        return false;
    }

    public Uni<SigningSecretRotation> rotateSigningSecret(String partnerId) {
        return Panache.withTransaction(() -> existing(partnerId).chain(partner -> {
            Instant now = clock.instant();
            Instant retireAt = now.plus(config.rotationOverlap());
            String fresh = credentials.newSigningSecret();
            partner.updatedAt = now;
            return PartnerSigningSecret.delete("partnerId = ?1 and retiresAt <= ?2", partnerId, now)
                    .chain(() -> PartnerSigningSecret.update("retiresAt = ?1 where partnerId = ?2 and retiresAt is null",
                            retireAt, partnerId))
                    .chain(() -> newSecretRow(partnerId, fresh, now).persist())
                    .replaceWith(new SigningSecretRotation(fresh, retireAt));
        }));
    }

    /** A new API key; the old one stops working at once. */
    public Uni<String> rotateApiKey(String partnerId) {
        return Panache.withTransaction(() -> existing(partnerId).map(partner -> {
            PartnerCredentials.ApiKey key = credentials.newApiKey();
            partner.apiKeyId = key.keyId();
            partner.apiKeyHash = key.hash();
            partner.updatedAt = clock.instant();
            return key.key();
        }));
    }

    /** The partner's API calls fail with 401 until a new key is issued. */
    public Uni<Void> revokeApiKey(String partnerId) {
        return Panache.withTransaction(() -> existing(partnerId).invoke(partner -> {
            partner.apiKeyId = null;
            partner.apiKeyHash = null;
            partner.updatedAt = clock.instant();
        })).replaceWithVoid();
    }

    /** Turns the webhook on (the URL is checked again: DNS may have changed) or off. */
    public Uni<Void> setWebhookEnabled(String partnerId, boolean enabled) {
        return Panache.withTransaction(() -> existing(partnerId).chain(partner -> {
            if (!enabled) {
                return Uni.createFrom().item(partner);
            }
            if (partner.webhookUrl == null) {
                throw ProblemException.conflict("the partner has no webhook URL");
            }
            return checkedWebhook(partner.webhookUrl).replaceWith(partner);
        }).invoke(partner -> {
            partner.webhookEnabled = enabled;
            partner.webhookDisabledReason = enabled ? null : "disabled by staff";
            partner.updatedAt = clock.instant();
        })).replaceWithVoid();
    }

    /** What staff may see of a partner: never a secret. */
    public Uni<PartnerView> find(String partnerId) {
        return Panache.withSession(() -> existing(partnerId).chain(partner -> PartnerPlatform
                .<PartnerPlatform>list("partnerId = ?1 order by platform", partnerId)
                .map(platforms -> new PartnerView(partner.partnerId, partner.name,
                        platforms.stream().map(p -> p.platform).toList(), partner.webhookUrl, partner.webhookEnabled,
                        partner.webhookDisabledReason, partner.email, partner.apiKeyHash != null, partner.createdAt))));
    }

    private Uni<Partner> existing(String partnerId) {
        // An id that cannot be one of ours (a NUL byte PostgreSQL would refuse, a path of any length) is simply unknown.
        if (partnerId == null || !PARTNER_ID.matcher(partnerId).matches()) {
            return Uni.createFrom().failure(ProblemException.notFound("no partner with this id"));
        }
        return Partner.<Partner>findById(partnerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no partner with this id"));
    }

    private Uni<Void> claimable(List<String> platforms) {
        return PartnerPlatform.<PartnerPlatform>list("platform in ?1", platforms).map(taken -> {
            if (!taken.isEmpty()) {
                throw ProblemException.conflict("platform " + taken.get(0).platform + " already has a partner");
            }
            return null;
        });
    }

    private Uni<RegisteredPartner> store(NewPartner request, List<String> platforms) {
        Instant now = clock.instant();
        Partner partner = new Partner();
        partner.partnerId = "ptn_" + UUID.randomUUID().toString().replace("-", "");
        partner.name = request.name().trim();
        partner.webhookUrl = blankToNull(request.webhookUrl());
        partner.webhookEnabled = partner.webhookUrl != null;
        partner.email = blankToNull(request.email());
        PartnerCredentials.ApiKey apiKey = credentials.newApiKey();
        partner.apiKeyId = apiKey.keyId();
        partner.apiKeyHash = apiKey.hash();
        partner.createdAt = now;
        partner.updatedAt = now;
        String signingSecret = credentials.newSigningSecret();
        return partner.persist()
                .chain(() -> PartnerPlatform.persist(platforms.stream().map(p -> new PartnerPlatform(p, partner.partnerId))))
                .chain(() -> newSecretRow(partner.partnerId, signingSecret, now).persist())
                .chain(() -> Panache.flush())
                .replaceWith(new RegisteredPartner(partner.partnerId, apiKey.key(), signingSecret));
    }

    private PartnerSigningSecret newSecretRow(String partnerId, String secret, Instant now) {
        SecretCipher.Sealed sealed = cipher.seal(secret, partnerId);
        PartnerSigningSecret row = new PartnerSigningSecret();
        row.secretId = UUID.randomUUID().toString();
        row.partnerId = partnerId;
        row.keyId = sealed.keyId();
        row.ciphertext = sealed.ciphertext();
        row.createdAt = now;
        return row;
    }

    private static List<String> checkedPlatforms(List<String> platforms) {
        if (platforms == null || platforms.isEmpty()) {
            throw ProblemException.invalid("platforms", "must name at least one platform");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < platforms.size(); i++) {
            String platform = platforms.get(i);
            if (!PlatformIds.isKnown(platform)) {
                throw ProblemException.invalid("platforms[" + i + "]", "is not a known platform id");
            }
            if (PlatformIds.HOSTING_PROVIDER.equals(platform)) {
                throw ProblemException.invalid("platforms[" + i + "]", "any other host is reached at its own abuse contact, not through a partner");
            }
            unique.add(platform);
        }
        return List.copyOf(unique);
    }

    private Uni<Void> checkedWebhook(String webhookUrl) {
        if (blankToNull(webhookUrl) == null) {
            return Uni.createFrom().voidItem();
        }
        URI uri;
        try {
            uri = new URI(webhookUrl.trim());
        } catch (URISyntaxException e) {
            return Uni.createFrom().failure(ProblemException.invalid("webhookUrl", "is not a valid URL"));
        }
        return webhookPolicy.checkOffEventLoop(uri).onFailure(WebhookUrlPolicy.WebhookUrlRefused.class)
                .transform(e -> ProblemException.invalid("webhookUrl", e.getMessage()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
