package org.iopmanager.aftercare.boundary;

import java.io.Serializable;

import org.iopmanager.aftercare.entity.ResourceType;

/** What the directory list is narrowed to: a site using the service (null: all in the caller's scope), words, a type. */
public record ResourceFilter(Long siteId, String text, ResourceType type, boolean acceptingOnly) implements Serializable {
}
