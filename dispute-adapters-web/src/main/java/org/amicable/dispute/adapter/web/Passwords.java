package org.amicable.dispute.adapter.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/**
 * Passwords as BCrypt hashes ({@code $2a$}, cost 12): the hash carries its salt and cost, so that a hash
 * made with another cost still verifies. A password longer than BCrypt's 72 bytes is first reduced by
 * SHA-512, rather than cut short.
 */
public final class Passwords {

    /** About a quarter of a second on one core: slow for a guesser, quick enough for a person signing in. */
    public static final int COST = 12;
    /** Long enough to resist guessing with a lock-out in place, short enough to type. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final BCrypt.Hasher HASHER = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private static final BCrypt.Verifyer VERIFIER = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    /** Verified against when the login is unknown, so that the answer takes as long as for a wrong password. */
    private static final String DECOY = HASHER.hashToString(COST, "no account has this password".toCharArray());

    private Passwords() {
    }

    /** A new hash, with a new random salt. */
    public static String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    /** Whether the password is the one the hash was made from; false for a hash that is not BCrypt. */
    public static boolean matches(String password, String hash) {
        if (password.length() > MAX_LENGTH) {
            return false;
        }
        try {
            return VERIFIER.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                    .verified;
        } catch (IllegalArgumentException notBcrypt) {
            return false;
        }
    }

    /** Spends the time of a verification, for an unknown login. */
    static void decoy(String password) {
        matches(password.length() > MAX_LENGTH ? "" : password, DECOY);
    }

    /** What is wrong with a new password, or null when it may be used. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters long";
        }
        if (password.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return "must not hold control characters";
        }
        return null;
    }
}
