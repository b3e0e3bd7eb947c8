package org.iopmanager.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAsciiNameAppearsTwiceAndIsAlwaysAnAttachment() {
        assertThat(ContentDisposition.attachment("survey-2026.pdf"))
                .isEqualTo("attachment; filename=\"survey-2026.pdf\"; filename*=UTF-8''survey-2026.pdf");
    }

    @Test
    void aUnicodeNameIsExactInUtf8AndReadableInTheAsciiFallback() {
        assertThat(ContentDisposition.attachment("Befund Zürich 📄.pdf")).isEqualTo(
                "attachment; filename=\"Befund Z_rich _.pdf\"; filename*=UTF-8''Befund%20Z%C3%BCrich%20%F0%9F%93%84.pdf");
    }

    @Test
    void quotesBackslashesPercentAndSemicolonsCannotBreakTheHeader() {
        assertThat(ContentDisposition.attachment("a\"b\\c%d;e.pdf")).isEqualTo(
                "attachment; filename=\"a_b_c_d_e.pdf\"; filename*=UTF-8''a%22b%5Cc%25d%3Be.pdf");
    }
}
