package org.iopmanager.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1679576722", "1003000126"})
    void validNpisPass(String npi) {
        assertThat(NpiCheck.isValid(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "1245319598", "123456789", "12345678930", "123456789X",
            "3234567893", "0234567893", " 234567893", "１２３４５６７８９３"})
    @NullAndEmptySource
    void invalidNpisFail(String npi) {
        assertThat(NpiCheck.isValid(npi)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "184011020", "999999999"})
    void theComputedCheckDigitMakesAValidNpi(String firstNine) {
        String npi = firstNine.charAt(0) == '9' ? "1" + firstNine.substring(1) : firstNine;
        assertThat(NpiCheck.isValid(npi + NpiCheck.checkDigit(npi))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567893"})
    void everySingleDigitChangeIsCaught(String valid) {
        for (int position = 1; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(NpiCheck.isValid(changed)).as(changed).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567893"})
    void theBeanValidationConstraintAcceptsBlankAndValidOnly(String valid) {
        Npi.Validator validator = new Npi.Validator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid("", null)).isTrue();
        assertThat(validator.isValid(valid, null)).isTrue();
        assertThat(validator.isValid("1234567890", null)).isFalse();
    }
}
