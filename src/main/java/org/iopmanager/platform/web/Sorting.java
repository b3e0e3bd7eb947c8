package org.iopmanager.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A PrimeFaces table's sort state as the services take it: field → ascending, in priority order. */
public final class Sorting {

    private Sorting() {
    }

    public static Map<String, Boolean> of(Map<String, SortMeta> sort) {
        Map<String, Boolean> order = new LinkedHashMap<>();
        sort.values().forEach(meta -> order.put(meta.getField(), meta.getOrder() != SortOrder.DESCENDING));
        return order;
    }
}
