package org.ncii.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One piece of personal data as stored: AES-GCM ciphertext (nonce first) and the id of the key that sealed it,
 * so keys can rotate while old rows stay readable. Erasing sets the whole embeddable to null.
 */
@Embeddable
public class Sealed {
    @Column(name = "key_id")
    public String keyId;

    @Column(name = "ct")
    public byte[] ciphertext;

    public Sealed() {
    }

    public Sealed(String keyId, byte[] ciphertext) {
        this.keyId = keyId;
        this.ciphertext = ciphertext;
    }
}
