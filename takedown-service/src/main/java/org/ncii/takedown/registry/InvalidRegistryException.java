package org.ncii.takedown.registry;

/** A registry version that cannot be used; the running service keeps the version it had. */
public class InvalidRegistryException extends RuntimeException {
    public InvalidRegistryException(String message) {
        super(message);
    }

    public InvalidRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
