package org.iopmanager.platform.control;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The requests already run under an Idempotency-Key, by user and key. Each step commits on its own, outside the
 * request's transaction: the claim is visible to a second request at once, and the answer is kept once the create
 * has committed. Any signed-in caller may use it (the create itself is checked by its facade).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

    static final Duration KEPT = Duration.ofHours(24);

    /** What to do with a request: run it (claimed), answer as before, or refuse. */
    public record Claim(Kind kind, Integer status, String body) {
        public enum Kind { CLAIMED, REPLAY, IN_PROGRESS, MISMATCH }
    }

    @PersistenceContext(unitName = "iop")
    EntityManager em;

    @Inject
    Clock clock;

    /** Claims {@code key} for {@code username}, or says what became of the request that claimed it. */
    public Claim claim(String username, String key, String requestHash) {
        return claimWithin(username, key, requestHash, KEPT);
    }

    /**
     * Claims {@code key} as {@link #claim} does, except that a claim older than {@code fresh} no longer counts (nor
     * holds anything up): a form submit is a double submit only shortly after the first one.
     */
    public Claim claimFresh(String username, String key, String requestHash, Duration fresh) {
        return claimWithin(username, key, requestHash, fresh);
    }

    /**
     * Forgets every request older than a day, for all users ({@link IdempotencyCleanup}, hourly). A claim itself
     * only forgets its own key's old request, so that it costs the same whatever the table holds.
     *
     * @return how many were forgotten
     */
    public int forgetExpired() {
        return em.createNativeQuery("delete from idempotent_request where created_at < ?")
                .setParameter(1, Timestamp.from(clock.instant().minus(KEPT))).executeUpdate();
    }

    private Claim claimWithin(String username, String key, String requestHash, Duration window) {
        em.createNativeQuery("delete from idempotent_request where username = ? and idem_key = ? and created_at < ?")
                .setParameter(1, username).setParameter(2, key)
                .setParameter(3, Timestamp.from(clock.instant().minus(window))).executeUpdate();
        List<?> rows = em.createNativeQuery("select request_hash, status, body from idempotent_request "
                + "where username = ? and idem_key = ?").setParameter(1, username).setParameter(2, key).getResultList();
        if (!rows.isEmpty()) {
            Object[] row = (Object[]) rows.get(0);
            if (!requestHash.equals(row[0])) {
                return new Claim(Claim.Kind.MISMATCH, null, null);
            }
            if (row[1] == null) {
                return new Claim(Claim.Kind.IN_PROGRESS, null, null);
            }
            return new Claim(Claim.Kind.REPLAY, ((Number) row[1]).intValue(), row[2] == null ? null : row[2].toString());
        }
        em.createNativeQuery("insert into idempotent_request (username, idem_key, request_hash, created_at) values (?, ?, ?, ?)")
                .setParameter(1, username).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        return new Claim(Claim.Kind.CLAIMED, null, null);
    }

    /** Keeps the answer of the request that claimed {@code key}. */
    public void complete(String username, String key, int status, String body) {
        em.createNativeQuery("update idempotent_request set status = ?, body = ? where username = ? and idem_key = ?")
                .setParameter(1, status).setParameter(2, body != null && body.length() <= 100_000 ? body : null)
                .setParameter(3, username).setParameter(4, key).executeUpdate();
    }

    /** Forgets {@code key} (the request failed with a server error: a retry must run again). */
    public void release(String username, String key) {
        em.createNativeQuery("delete from idempotent_request where username = ? and idem_key = ?")
                .setParameter(1, username).setParameter(2, key).executeUpdate();
    }
}
