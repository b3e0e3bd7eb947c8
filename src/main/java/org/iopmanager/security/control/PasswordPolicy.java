package org.iopmanager.security.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS V2.1): long enough, not too long to hash, not the user name,
 * not one of the passwords attackers try first, not one character repeated. No composition rules:
 * they make passwords worse, not stronger. Answers bundle keys, one per broken rule.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "passwordpassword", "123456789012", "qwertyuiopas", "iloveyou1234",
            "administrator", "letmein12345", "welcome12345", "changeme1234", "password123!",
            "p@ssw0rd1234", "qwerty123456", "abc123456789", "111111111111", "000000000000");

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    public int getMinLength() {
        return minLength;
    }

    public List<String> check(String username, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            broken.add("password.tooShort");
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            broken.add("password.common");
        }
        if (password.chars().distinct().count() < 4) {
            broken.add("password.tooSimple");
        }
        return broken;
    }
}
