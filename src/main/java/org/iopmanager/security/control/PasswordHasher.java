package org.iopmanager.security.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the Jakarta Security format
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}), so stored hashes stay readable by the standard
 * {@code Pbkdf2PasswordHash} too. The cost is OWASP's 600,000 iterations, not Jakarta's default of 2,048;
 * a hash made at a lower cost still verifies and is re-hashed at the next login.
 * <p>
 * An unknown user name is verified against a dummy hash of the same cost, so it takes as long as a wrong
 * password and answers nothing about which names exist.
 */
public final class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(int iterations) {
        if (iterations < 100_000) {
            throw new IllegalArgumentException("PBKDF2 below 100,000 iterations is not allowed: " + iterations);
        }
        this.iterations = iterations;
        this.dummyHash = hash("not a password of anybody".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return format(iterations, salt, derive(password, salt, iterations));
    }

    /** Hash at a chosen cost: only to show that old, cheaper hashes still verify and get upgraded. */
    static String hashWithIterations(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return format(iterations, salt, derive(password, salt, iterations));
    }

    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            verify(password, dummyHash);
            return false;
        }
        int cost = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, cost));
    }

    /** Spend the same time as a real verification, for a user that does not exist or may not sign in. */
    public void verifyDummy(char[] password) {
        verify(password, dummyHash);
    }

    public boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
