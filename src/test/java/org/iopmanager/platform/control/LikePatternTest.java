package org.iopmanager.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void aSearchTextIsLowerCaseWithLikesOwnCharactersEscaped() {
        assertThat(LikePattern.contains("  Ann_50%\\x ")).isEqualTo("%ann\\_50\\%\\\\x%");
        assertThat(LikePattern.contains("Łódź \uD83D\uDE00")).isEqualTo("%łódź \uD83D\uDE00%");
    }

    @Test
    void aSearchTextThatCannotBeStoredIsRefusedOnTheSearchField() {
        for (String text : new String[] {"before\u0000after", "bell\u0007", "broken\uD800pair"}) {
            assertThatThrownBy(() -> LikePattern.contains(text)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.getField()).isEqualTo("text");
                assertThat(e.getMessageKey()).isEqualTo("app.text.unstorable");
            });
        }
    }
}
