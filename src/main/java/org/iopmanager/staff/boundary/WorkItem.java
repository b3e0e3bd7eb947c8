package org.iopmanager.staff.boundary;

import java.io.Serializable;

import org.iopmanager.staff.entity.Credential;
import org.iopmanager.staff.entity.CredentialStatus;
import org.iopmanager.staff.entity.WorkReason;

/** A line of the verification work list: the credential (with its holder), why it is listed and its status today. */
public record WorkItem(Credential credential, WorkReason reason, CredentialStatus status, boolean blocking)
        implements Serializable {
}
