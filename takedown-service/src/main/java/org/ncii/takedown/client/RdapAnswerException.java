package org.ncii.takedown.client;

/** An RDAP server answered, but with something unusable: asking again would not help. */
public class RdapAnswerException extends RuntimeException {
    public RdapAnswerException(String message) {
        super(message);
    }
}
