package org.iopmanager.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table backed by a service's count and page queries: the database pages, sorts and filters, so a
 * page costs the same with 100 rows or a million. Every list page uses it the same way.
 *
 * @param <T> the row type
 */
public final class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows match the page's current filter. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** One page of rows in the given order (field → ascending). */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int pageSize, Map<String, Boolean> sortAscending);
    }

    /** A row's key, stable across pages. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count counter;
    private final Page<T> pager;
    private final Key<T> key;

    public PagedList(Count counter, Page<T> pager, Key<T> key) {
        this.counter = counter;
        this.pager = pager;
        this.key = key;
    }

    /**
     * Written to the session store without the page's rows: the view (and its session) is serialized after every
     * request, the rows are read again on each render anyway, and a table restored without them is loaded again
     * before a postback touches its rows (PrimeFaces' {@code loadLazyDataIfRequired}).
     */
    private Object writeReplace() {
        PagedList<T> withoutRows = new PagedList<>(counter, pager, key);
        withoutRows.setPageSize(getPageSize());
        withoutRows.setRowCount(getRowCount());
        return withoutRows;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return pager.load(first, pageSize, Sorting.of(sort));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
