package org.ncii.events;

/**
 * Who a notice says is asking: the operating helpline as authorised representative, or the victim when
 * they opted to share their identity. {@code signature} is the typed electronic signature.
 */
public record Requester(String name, String organisation, String email, String phone, String signature,
                        boolean victimIdentityShared) {
}
