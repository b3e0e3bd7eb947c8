package org.iopmanager.aftercare.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A set of categories as one column ({@code DEMOGRAPHICS,DIAGNOSIS}): a referral, a consent and a disclosure each
 * carry a handful, always read with their owner, so a join table would only add queries.
 */
@Converter
public class Categories implements AttributeConverter<Set<DisclosureCategory>, String> {

    public static Set<DisclosureCategory> of(Collection<DisclosureCategory> categories) {
        return categories == null || categories.isEmpty() ? EnumSet.noneOf(DisclosureCategory.class) : EnumSet.copyOf(categories);
    }

    public static boolean anySud(Collection<DisclosureCategory> categories) {
        return categories != null && categories.stream().anyMatch(DisclosureCategory::isSud);
    }

    @Override
    public String convertToDatabaseColumn(Set<DisclosureCategory> categories) {
        return categories == null ? "" : of(categories).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<DisclosureCategory> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(DisclosureCategory.class);
        }
        return of(Arrays.stream(column.split(",")).map(String::trim).map(DisclosureCategory::valueOf).toList());
    }
}
