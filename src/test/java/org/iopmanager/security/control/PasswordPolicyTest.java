package org.iopmanager.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    @Test
    void aLongPassphraseIsFine() {
        assertThat(policy.check("jlee", "river stone quiet morning")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShortTwelveAreEnough() {
        assertThat(policy.check("jlee", "abcdefghijk")).containsExactly("password.tooShort");
        assertThat(policy.check("jlee", "abcdefghijkl")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(policy.check("jlee", "😀😀😀😀😀😀😀😀😀😀😀")).containsExactly("password.tooShort");
    }

    @Test
    void nullOrEmptyIsTooShort() {
        assertThat(policy.check("jlee", null)).containsExactly("password.tooShort");
        assertThat(policy.check("jlee", "")).containsExactly("password.tooShort");
    }

    @Test
    void overOneHundredTwentyEightIsTooLong() {
        assertThat(policy.check("jlee", "ab1-".repeat(33))).contains("password.tooLong");
    }

    @Test
    void theUserNameInsideThePasswordIsRefusedWhateverTheCase() {
        assertThat(policy.check("jlee", "my-JLEE-password-2026")).containsExactly("password.containsUsername");
    }

    @Test
    void commonAndRepetitivePasswordsAreRefused() {
        assertThat(policy.check("jlee", "Password1234")).contains("password.common");
        assertThat(policy.check("jlee", "aaaaaaaaaaaaaaa")).contains("password.tooSimple");
    }
}
