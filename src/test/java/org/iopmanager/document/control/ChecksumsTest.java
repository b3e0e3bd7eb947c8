package org.iopmanager.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void sha256IsLowerCaseHexOfTheStandardDigest() {
        assertThat(Checksums.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Checksums.sha256(new byte[0])).hasSize(64);
    }
}
