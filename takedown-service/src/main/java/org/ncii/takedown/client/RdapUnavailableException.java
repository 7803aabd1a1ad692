package org.ncii.takedown.client;

/** An RDAP server could not be asked or answered with an error: worth retrying, never cached. */
public class RdapUnavailableException extends RuntimeException {
    public RdapUnavailableException(String message) {
        super(message);
    }
}
