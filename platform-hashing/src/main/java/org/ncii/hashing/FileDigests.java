package org.ncii.hashing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 and SHA-256 of any file, read once: exact-copy hashes, for images and videos alike. */
public final class FileDigests {

    public record Digests(String md5, String sha256) {
    }

    private FileDigests() {
    }

    public static Digests of(Path file) throws IOException {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha256 = digest("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                md5.update(buffer, 0, n);
                sha256.update(buffer, 0, n);
            }
        }
        return new Digests(HexFormat.of().formatHex(md5.digest()), HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides " + name, e);
        }
    }
}
