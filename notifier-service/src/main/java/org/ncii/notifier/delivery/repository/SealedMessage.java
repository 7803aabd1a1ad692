package org.ncii.notifier.delivery.repository;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import io.quarkus.arc.Arc;
import org.ncii.notifier.partner.service.SecretCipher;

/**
 * Keeps a message as sent (webhook body, e-mail text) encrypted at rest: it names the victim when they chose to
 * share their identity. AES-256-GCM through {@link SecretCipher} with its key id stored beside the ciphertext;
 * a value written before encryption (no prefix) is read as it is.
 */
@Converter
public class SealedMessage implements AttributeConverter<String, String> {
    static final String PREFIX = "sealed:";
    private static final String BOUND_TO = "notifier.message";

    @Override
    public String convertToDatabaseColumn(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        SecretCipher.Sealed sealed = cipher().seal(message, BOUND_TO);
        return PREFIX + sealed.keyId() + ":" + sealed.ciphertext();
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        return cipher().open(new SecretCipher.Sealed(stored.substring(PREFIX.length(), colon), stored.substring(colon + 1)),
                BOUND_TO);
    }

    /** Hibernate creates converters itself; the cipher (with its configured keys) is the application's bean. */
    private static SecretCipher cipher() {
        return Arc.container().instance(SecretCipher.class).get();
    }
}
