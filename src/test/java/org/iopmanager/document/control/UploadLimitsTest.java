package org.iopmanager.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.iopmanager.platform.control.RuleViolation;

class UploadLimitsTest {

    @Test
    void exactlyTheLimitIsAccepted() throws IOException {
        UploadLimits limits = new UploadLimits(1000);
        assertThat(limits.read(new ByteArrayInputStream(new byte[1000]))).hasSize(1000);
        assertThat(limits.read(new ByteArrayInputStream(new byte[1]))).hasSize(1);
    }

    @Test
    void oneByteOverTheLimitIsRefusedOnTheFileField() {
        UploadLimits limits = new UploadLimits(UploadLimits.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> limits.read(new ByteArrayInputStream(new byte[(int) UploadLimits.DEFAULT_MAX_BYTES + 1])))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.getField()).isEqualTo("file");
                    assertThat(v.getMessageKey()).isEqualTo("document.file.tooLarge");
                    assertThat(v.getArguments()).containsExactly("20");
                });
    }

    @Test
    void anEndlessStreamIsReadOnlyToOneBytePastTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                served.addAndGet(length);
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
                return length;
            }
        };
        assertThatThrownBy(() -> new UploadLimits(5000).read(endless)).isInstanceOf(RuleViolation.class);
        assertThat(served.get()).isEqualTo(5001);
    }

    @Test
    void theDefaultIsTwentyMegabytesAndTheMessageNeverRoundsUp() {
        assertThat(UploadLimits.DEFAULT_MAX_BYTES).isEqualTo(20_971_520L);
        assertThat(new UploadLimits(20_971_520L).maxMegabytes()).isEqualTo("20");
        assertThat(new UploadLimits(5L * 1024 * 1024 + 512 * 1024).maxMegabytes()).isEqualTo("5.5");
        assertThat(new UploadLimits(2L * 1024 * 1024 - 1).maxMegabytes()).isEqualTo("1.9");
    }

    @Test
    void aLimitOutsideWhatAJavaArrayHoldsIsAConfigurationError() {
        assertThatThrownBy(() -> new UploadLimits(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iop.upload.max-bytes");
        assertThatThrownBy(() -> new UploadLimits(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
