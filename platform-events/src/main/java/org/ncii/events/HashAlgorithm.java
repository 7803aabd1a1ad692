package org.ncii.events;

/** Hash algorithms a victim's device may compute; the image itself never leaves the device. */
public enum HashAlgorithm {
    PDQ, MD5, SHA256
}
