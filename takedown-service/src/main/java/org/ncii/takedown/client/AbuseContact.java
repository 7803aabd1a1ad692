package org.ncii.takedown.client;

/**
 * The abuse contact an RDAP answer names: its e-mail, the contact's own name, the organisation it belongs to
 * (the registrar of a domain, the holder of a network; null when the abuse entity sits at the top), and the
 * object asked about (the domain's name, the network's name or handle).
 */
public record AbuseContact(String email, String contactName, String holderName, String objectName) {
}
