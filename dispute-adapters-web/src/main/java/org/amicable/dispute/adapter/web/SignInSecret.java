package org.amicable.dispute.adapter.web;

import java.util.Arrays;

/**
 * The key that signs the session cookies of people signed in to the pages (HMAC-SHA256), and from which
 * the forms' CSRF tokens are derived. Every instance must hold the same one.
 */
public final class SignInSecret {

    /** 256 bits, as HMAC-SHA256 needs. */
    public static final int MIN_BYTES = 32;

    private final byte[] key;

    public SignInSecret(byte[] key) {
        if (key == null || key.length < MIN_BYTES) {
            throw new IllegalArgumentException("the sign-in secret must be at least " + MIN_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    /** A copy of the key. */
    public byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "SignInSecret[" + key.length + " bytes]";
    }
}
