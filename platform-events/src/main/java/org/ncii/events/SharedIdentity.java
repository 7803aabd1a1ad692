package org.ncii.events;

/**
 * The victim's own identity, present on an event only when they chose {@code shareIdentityWithPlatforms}.
 * Otherwise notices name the operating helpline as the authorised representative instead.
 */
public record SharedIdentity(String name, String email, String phone, String signature) {
}
