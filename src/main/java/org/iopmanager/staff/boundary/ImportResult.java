package org.iopmanager.staff.boundary;

import java.io.Serializable;

/** What an import wrote, and how many rows it left out because they had errors. */
public record ImportResult(int staffCreated, int credentialsAdded, long rowsSkipped) implements Serializable {
}
