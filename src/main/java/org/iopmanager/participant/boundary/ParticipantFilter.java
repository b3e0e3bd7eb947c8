package org.iopmanager.participant.boundary;

import java.io.Serializable;

/** Narrowing of a site's participant list: name or record number fragment, open episodes only. */
public record ParticipantFilter(Long siteId, String text, boolean openOnly) implements Serializable {
}
