package org.iopmanager.aftercare.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iopmanager.platform.entity.BaseEntity;
import org.iopmanager.platform.entity.SiteOwned;

/** One step of a referral's life: from, to, when, by whom and what it recorded (a reason, a date, an outcome). Written once. */
@Entity
@Table(name = "referral_transition")
public class ReferralTransition extends BaseEntity implements SiteOwned {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private Referral referral;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, updatable = false)
    private ReferralStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30, updatable = false)
    private ReferralStatus to;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, length = 60, updatable = false)
    private String byUser;

    @Column(length = 500, updatable = false)
    private String detail;

    public ReferralTransition() {
    }

    public ReferralTransition(Referral referral, ReferralStatus from, ReferralStatus to, Instant at, String byUser, String detail) {
        this.referral = referral;
        this.from = from;
        this.to = to;
        this.at = at;
        this.byUser = byUser;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    @Override
    public Long owningSiteId() {
        return referral.owningSiteId();
    }

    public Referral getReferral() {
        return referral;
    }

    public ReferralStatus getFrom() {
        return from;
    }

    public ReferralStatus getTo() {
        return to;
    }

    public Instant getAt() {
        return at;
    }

    public String getByUser() {
        return byUser;
    }

    public String getDetail() {
        return detail;
    }
}
