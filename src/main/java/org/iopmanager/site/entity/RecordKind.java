package org.iopmanager.site.entity;

public enum RecordKind {
    ACCREDITATION,
    STATE_LICENCE,
    CERTIFICATION
}
