package org.iopmanager.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(100_000);

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertThat(hasher.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void hashesAreSaltedAndInTheJakartaSecurityFormat() {
        String first = hasher.hash("same password".toCharArray());
        String second = hasher.hash("same password".toCharArray());
        assertThat(first).isNotEqualTo(second).startsWith("PBKDF2WithHmacSHA256:100000:");
        assertThat(first.split(":")).hasSize(4);
    }

    @Test
    void theProductionCostIsOwaspsSixHundredThousand() {
        assertThat(new PasswordHasher(600_000).hash("x".toCharArray())).startsWith("PBKDF2WithHmacSHA256:600000:");
    }

    @Test
    void aCheaperOldHashStillVerifiesButAsksForARehash() {
        String old = PasswordHasher.hashWithIterations("legacy password".toCharArray(), 2048);
        assertThat(hasher.verify("legacy password".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("fresh".toCharArray()))).isFalse();
    }

    @Test
    void garbageStoredValuesNeverVerify() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain-text-password")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "MD5:1:abc:def")).isFalse();
    }

    @Test
    void refusesACostBelowOneHundredThousand() {
        assertThatThrownBy(() -> new PasswordHasher(2048)).isInstanceOf(IllegalArgumentException.class);
    }
}
