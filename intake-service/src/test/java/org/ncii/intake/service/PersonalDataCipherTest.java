package org.ncii.intake.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ncii.intake.Sealed;
import org.ncii.intake.config.IntakeConfig;

/** Key handling of the personal-data cipher: refusal without a key, rotation, and binding to the field. */
class PersonalDataCipherTest {
    private static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void refusesToStartWithoutAKeyUnlessAThrowawayKeyIsAllowed() {
        assertThatThrownBy(() -> new PersonalDataCipher(config(Map.of(), null, false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no personal-data key");
        PersonalDataCipher throwaway = new PersonalDataCipher(config(Map.of(), null, true));
        assertThat(throwaway.open(throwaway.seal("x", "c"), "c")).isEqualTo("x");
    }

    @Test
    void dataSealedWithARetiredKeyStaysReadableAfterRotation() {
        Sealed before = new PersonalDataCipher(config(Map.of("k1", OLD), "k1", false)).seal("Alex Morgan", "TD-1/name");

        PersonalDataCipher rotated = new PersonalDataCipher(config(Map.of("k1", OLD, "k2", NEW), "k2", false));

        assertThat(before.keyId).isEqualTo("k1");
        assertThat(rotated.open(before, "TD-1/name")).isEqualTo("Alex Morgan");
        assertThat(rotated.seal("Alex Morgan", "TD-1/name").keyId).isEqualTo("k2");
    }

    @Test
    void ciphertextMovedToAnotherFieldDoesNotOpen() {
        PersonalDataCipher cipher = new PersonalDataCipher(config(Map.of("k1", OLD), "k1", false));
        Sealed email = cipher.seal("alex@example.org", "TD-1/email");

        assertThatThrownBy(() -> cipher.open(email, "TD-2/email")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnActiveKeyThatIsNotConfiguredOrAKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new PersonalDataCipher(config(Map.of("k1", OLD), "k9", false)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(config(Map.of("k1", "c2hvcnQ="), "k1", false)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static IntakeConfig config(Map<String, String> keys, String active, boolean generate) {
        IntakeConfig.Encryption encryption = new IntakeConfig.Encryption() {
            @Override
            public Optional<String> activeKey() {
                return Optional.ofNullable(active);
            }

            @Override
            public Map<String, String> keys() {
                return keys;
            }

            @Override
            public boolean generateIfMissing() {
                return generate;
            }
        };
        return new IntakeConfig() {
            @Override
            public Encryption encryption() {
                return encryption;
            }

            @Override
            public Access access() {
                return null;
            }

            @Override
            public RateLimit rateLimit() {
                return null;
            }

            @Override
            public Retention retention() {
                return null;
            }

            @Override
            public Idempotency idempotency() {
                return null;
            }
        };
    }
}
