package org.iopmanager.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Date-time display for pages. Events ({@link Instant}) show in UTC unless a site's zone is given; Faces 4.0
 * has no converter for {@code Instant}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String instant(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    public String instantIn(Instant instant, String zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(ZoneId.of(zone)));
    }
}
