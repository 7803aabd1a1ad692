package org.ncii.takedown.dashboard;

import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Staff passwords as bcrypt hashes (cost 12, about a quarter of a second): slow enough to make a stolen table
 * expensive to crack, fast enough for a sign-in. Verifying is CPU work: call it off the event loop.
 */
public final class PasswordHashes {
    static final int COST = 12;
    /** Verified against when the account is unknown, so an unknown e-mail takes as long as a wrong password. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy password never used", COST);

    private PasswordHashes() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash == null ? DECOY : hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            BCryptPassword bcrypt = (BCryptPassword) factory.translate(stored);
            return factory.verify(bcrypt, password.toCharArray()) && hash != null;
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }
}
