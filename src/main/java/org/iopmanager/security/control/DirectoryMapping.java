package org.iopmanager.security.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iopmanager.security.entity.Role;

/**
 * How the hospital's directory groups become this application's role and sites, from two settings:
 * {@code iop.ldap.role-groups} ({@code ADMIN=iop-admins,CLINICIAN=iop-clinicians,...}) and
 * {@code iop.ldap.site-groups} ({@code BOS-N=iop-boston,CHI-L=iop-chicago}), group names compared without case.
 * A member of several role groups gets the first of them in the order the setting lists them (put the most
 * privileged first); a site-bound role needs at least one site group, a provider-wide role ignores them.
 */
public final class DirectoryMapping {

    private final Map<String, Role> roles;
    private final Map<String, List<String>> sites;

    private DirectoryMapping(Map<String, Role> roles, Map<String, List<String>> sites) {
        this.roles = roles;
        this.sites = sites;
    }

    /** What a directory user becomes here; empty when no group of theirs names a role, or a site role has no site. */
    public record Mapped(Role role, Set<String> siteCodes) {
    }

    public static DirectoryMapping parse(String roleGroups, String siteGroups) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String[] pair : pairs(roleGroups)) {
            roles.put(key(pair[1]), Role.valueOf(pair[0].trim().toUpperCase(Locale.ROOT)));
        }
        Map<String, List<String>> sites = new LinkedHashMap<>();
        for (String[] pair : pairs(siteGroups)) {
            sites.computeIfAbsent(key(pair[1]), group -> new ArrayList<>()).add(pair[0].trim().toUpperCase(Locale.ROOT));
        }
        return new DirectoryMapping(roles, sites);
    }

    public Optional<Mapped> map(Collection<String> groups) {
        Set<String> member = new LinkedHashSet<>();
        groups.forEach(group -> member.add(key(group)));
        Role role = roles.entrySet().stream().filter(entry -> member.contains(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (role == null) {
            return Optional.empty();
        }
        if (role.isProviderWide()) {
            return Optional.of(new Mapped(role, Set.of()));
        }
        Set<String> codes = new LinkedHashSet<>();
        sites.forEach((group, siteCodes) -> {
            if (member.contains(group)) {
                codes.addAll(siteCodes);
            }
        });
        return codes.isEmpty() ? Optional.empty() : Optional.of(new Mapped(role, codes));
    }

    private static List<String[]> pairs(String setting) {
        List<String[]> pairs = new ArrayList<>();
        if (setting == null) {
            return pairs;
        }
        for (String item : setting.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] pair = item.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalArgumentException("Not NAME=group: " + item);
            }
            pairs.add(pair);
        }
        return pairs;
    }

    private static String key(String group) {
        return group.trim().toLowerCase(Locale.ROOT);
    }
}
