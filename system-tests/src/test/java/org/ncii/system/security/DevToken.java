package org.ncii.system.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * A token exactly as devstack mints one for local use (its dev key pair, issuer and audience, staff and admin): a
 * deployment configured with its own identity provider, as every scenario's platform is, must refuse it.
 */
final class DevToken {
    private DevToken() {
    }

    static String mint() {
        Path root = Paths.get(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        try {
            String pem = Files.readString(root.resolve("takedown-service/dev/staff-jwt-private.pem"));
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return Jwt.issuer("https://ncii-takedown.org/staff").upn("dev-admin@localhost").groups(Set.of("staff", "admin"))
                    .audience("ncii-takedown").expiresIn(3600)
                    .sign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot mint a dev token like devstack does", e);
        }
    }
}
