package org.iopmanager.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api}: the same services as the pages, so both obey the same rules. Callers sign
 * in like any user (the session cookie of the sign-in form); unauthenticated calls are sent to sign-in.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
