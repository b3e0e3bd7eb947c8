package org.iopmanager.audit.entity;

/** What happened. Stored by name: never rename a constant, add a new one. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    VIEW,
    EXPORT,
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    LOCKOUT,
    LOGIN_LOCKED,
    UNLOCK,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    ACCESS_DENIED,
    DOWNLOAD
}
