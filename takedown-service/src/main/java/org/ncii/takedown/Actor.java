package org.ncii.takedown;

/** Who made a change on a case's timeline. */
public enum Actor {
    SYSTEM, PARTNER, STAFF
}
