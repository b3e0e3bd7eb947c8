package org.iopmanager.reporting.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import org.iopmanager.staff.entity.CredentialKind;
import org.iopmanager.staff.entity.CredentialStatus;

/**
 * A line of the expiring-credentials list: the credential, its holder, and — on the day at the holder's home
 * site — the days left and the derived status.
 */
public record ExpiringRow(Long credentialId, Long staffId, String staffName, String homeSite, CredentialKind kind,
        String typeCode, String number, String state, LocalDate expiryDate, long daysLeft, CredentialStatus status)
        implements Serializable {
}
