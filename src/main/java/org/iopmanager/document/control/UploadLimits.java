package org.iopmanager.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.iopmanager.platform.control.RuleViolation;

/**
 * How big an upload may be ({@code iop.upload.max-bytes}, 20 MB by default). An upload is read up to one
 * byte past the limit and no further, so an oversized or endless stream is refused without being held in
 * memory whole.
 */
@Dependent
public class UploadLimits {

    public static final String MAX_BYTES_KEY = "iop.upload.max-bytes";
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** A Java array's practical maximum, less the one byte read past the limit. */
    static final long CEILING = Integer.MAX_VALUE - 9L;

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024);

    private final long maxBytes;

    @Inject
    public UploadLimits(@ConfigProperty(name = MAX_BYTES_KEY, defaultValue = "20971520") long maxBytes) {
        if (maxBytes < 1 || maxBytes > CEILING) {
            throw new IllegalArgumentException(MAX_BYTES_KEY + " must be between 1 and " + CEILING + ", not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** All of {@code content}, provided it is at most {@link #maxBytes()} long; refused on the file field otherwise. */
    public byte[] read(InputStream content) throws IOException {
        byte[] bytes = content.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw RuleViolation.onField("file", "document.file.tooLarge", maxMegabytes());
        }
        return bytes;
    }

    /** The limit in MB for the message, rounded down so that the message never promises more than is allowed. */
    public String maxMegabytes() {
        return BigDecimal.valueOf(maxBytes).divide(MEGABYTE, 1, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }
}
