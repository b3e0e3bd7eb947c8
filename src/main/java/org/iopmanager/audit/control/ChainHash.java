package org.iopmanager.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one audit line in the chain: SHA-256 over the previous link's hash and every column of the line,
 * each written with its length so that no two different lines (or a value moved between columns) hash alike.
 * Times are taken to the microsecond, the precision both databases keep.
 */
public final class ChainHash {

    /** The hash before the first link. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    /** The columns of an audit line, as stored. */
    public record Line(long id, Instant at, String actor, String actorRole, String address, Long siteId, String action,
            String entityType, String entityId, String summary, String detail, String reason) {
    }

    public static String of(String previous, Line line) {
        StringBuilder text = new StringBuilder(256).append(previous);
        field(text, String.valueOf(line.id()));
        field(text, line.at() == null ? null : line.at().truncatedTo(ChronoUnit.MICROS).toString());
        field(text, line.actor());
        field(text, line.actorRole());
        field(text, line.address());
        field(text, line.siteId() == null ? null : String.valueOf(line.siteId()));
        field(text, line.action());
        field(text, line.entityType());
        field(text, line.entityId());
        field(text, line.summary());
        field(text, line.detail());
        field(text, line.reason());
        return sha256(text.toString());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("|-1:");
        } else {
            text.append('|').append(value.length()).append(':').append(value);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
