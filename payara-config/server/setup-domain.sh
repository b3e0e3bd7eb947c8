#!/usr/bin/env bash
# IOP Manager - configure a running Payara Server 6 domain and deploy the WAR.
#
# Usage (as the user who owns the Payara installation, domain running):
#   export ASADMIN=/opt/payara6/bin/asadmin
#   export IOP_DB_URL=jdbc:postgresql://dbhost:5432/iop IOP_DB_USER=iop
#   export IOP_DB_PASSWORD_FILE=/root/iop-db-password     # the password alone, on its first line
#   ./setup-domain.sh /path/to/iop-manager.war
#
# Environment:
#   ASADMIN               asadmin executable (default: asadmin on PATH)
#   ASADMIN_OPTS          asadmin options put before every subcommand, e.g. "--host localhost --port 4848 --user admin"
#                         (default: none = local domain on port 4848, admin user without password)
#   ASADMIN_PASSWORD_FILE optional file with the admin password line AS_ADMIN_PASSWORD=... (secure admin)
#   IOP_DB_URL            required: JDBC URL, e.g. jdbc:postgresql://dbhost:5432/iop
#   IOP_DB_USER           required: database user
#   IOP_DB_PASSWORD_FILE  required: file whose first line is the database password. It is stored in the domain
#                         as password alias "iop.db.password" and never appears on a command line.
#   IOP_DB_CLASS          default org.postgresql.ds.PGSimpleDataSource
#   IOP_HEAP              maximum heap for -Xmx, default 1g
#   IOP_TARGET            asadmin target, default server (a cluster or instance name also works; its config
#                         is <target>-config)
#   IOP_HTTP_LISTENERS    protocols whose headers are set, default "http-listener-1 http-listener-2"
#   IOP_JDBC_DRIVER       optional: path of the PostgreSQL JDBC driver jar (postgresql-42.7.14.jar), added to the
#                         domain's common libraries with add-library. The WAR carries the same driver, so this is
#                         only needed where the server's own pools or tools should see it
#   IOP_HAZELCAST_INTERFACE optional: bind the domain's Hazelcast data grid to this address (create-domain.sh
#                         already did it for a domain it created); takes effect at the restart below
#   IOP_DOMAIN            the domain's name, for the restart (default domain1). restart-domain is a local asadmin
#                         command: it finds the domain by name in the installation of $ASADMIN (or IOP_DOMAINDIR)
#   IOP_DOMAINDIR         optional: the domains folder, if not the installation's glassfish/domains
#   IOP_RESTART           default yes: restart the domain (target server only) after the configuration and before
#                         the deployment, so heap, library and listener changes are live. "no" leaves it to you
#
# Safe to run again: "already exists" answers are ignored, values are replaced, the WAR is redeployed.
set -euo pipefail

WAR="${1:-}"
if [[ -z "$WAR" || ! -f "$WAR" ]]; then
    echo "usage: $0 /path/to/iop-manager.war" >&2
    exit 2
fi

ASADMIN="${ASADMIN:-asadmin}"
read -r -a ASADMIN_ARGS <<< "${ASADMIN_OPTS:-}"
: "${IOP_DB_URL:?set IOP_DB_URL, e.g. jdbc:postgresql://dbhost:5432/iop}"
: "${IOP_DB_USER:?set IOP_DB_USER}"
: "${IOP_DB_PASSWORD_FILE:?set IOP_DB_PASSWORD_FILE to a file holding the database password}"
IOP_DB_CLASS="${IOP_DB_CLASS:-org.postgresql.ds.PGSimpleDataSource}"
IOP_HEAP="${IOP_HEAP:-1g}"
TARGET="${IOP_TARGET:-server}"
if [[ "$TARGET" == "server" ]]; then CONFIG="server-config"; else CONFIG="${TARGET}-config"; fi
read -r -a LISTENERS <<< "${IOP_HTTP_LISTENERS:-http-listener-1 http-listener-2}"

if [[ ! -r "$IOP_DB_PASSWORD_FILE" ]]; then
    echo "cannot read IOP_DB_PASSWORD_FILE=$IOP_DB_PASSWORD_FILE" >&2
    exit 2
fi
if [[ -n "${ASADMIN_PASSWORD_FILE:-}" && ! -r "$ASADMIN_PASSWORD_FILE" ]]; then
    echo "cannot read ASADMIN_PASSWORD_FILE=$ASADMIN_PASSWORD_FILE" >&2
    exit 2
fi

# One temporary asadmin password file (mode 600, removed on exit) holding the admin password, if any,
# and the alias value: asadmin takes a single --passwordfile.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PWFILE="$WORK/asadmin-passwords"
(
    umask 077
    {
        if [[ -n "${ASADMIN_PASSWORD_FILE:-}" ]]; then grep -E '^AS_ADMIN_PASSWORD=' "$ASADMIN_PASSWORD_FILE" || true; fi
        printf 'AS_ADMIN_ALIASPASSWORD='
        head -n 1 "$IOP_DB_PASSWORD_FILE" | tr -d '\r\n'
        printf '\n'
    } > "$PWFILE"
)

asadmin() { "$ASADMIN" "${ASADMIN_ARGS[@]}" --passwordfile "$PWFILE" "$@"; }

# Runs an asadmin subcommand; a failure that only says the thing already exists counts as success.
asadmin_idempotent() {
    local out
    if out="$(asadmin "$@" 2>&1)"; then
        printf '%s\n' "$out"
        return 0
    fi
    if grep -qiE 'already exists|already defined|already present' <<< "$out"; then
        printf '%s\n(already there: ignored)\n' "$out"
        return 0
    fi
    printf '%s\n' "$out" >&2
    return 1
}

# create-system-properties takes name=value:name=value; ':' and '=' inside a value are escaped with '\'.
escape_value() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g' <<< "$1"; }

# 1. Database password: password alias "iop.db.password". Payara's MicroProfile Config has a password-alias
#    config source, so the app's key iop.db.password is served from the alias of the same name.
if asadmin list-password-aliases 2>/dev/null | grep -qx 'iop.db.password'; then
    echo "== updating password alias iop.db.password"
    asadmin update-password-alias iop.db.password
else
    echo "== creating password alias iop.db.password"
    asadmin_idempotent create-password-alias iop.db.password
fi

# 2. Datasource settings (not secret) as system properties of the target; values are replaced on re-runs.
echo "== system properties iop.db.class, iop.db.url, iop.db.user"
asadmin create-system-properties --target "$TARGET" \
    "iop.db.class=$(escape_value "$IOP_DB_CLASS"):iop.db.url=$(escape_value "$IOP_DB_URL"):iop.db.user=$(escape_value "$IOP_DB_USER")"

# 3. JVM options: one -Xmx (others removed), Hazelcast phone-home off; Payara's own phone-home off.
echo "== JVM options"
while IFS= read -r old; do
    [[ -z "$old" || "$old" == "-Xmx$IOP_HEAP" ]] && continue
    asadmin delete-jvm-options --target "$TARGET" -- "$old"
done < <(asadmin list-jvm-options --target "$TARGET" 2>/dev/null | grep -E '^-Xmx' || true)
asadmin_idempotent create-jvm-options --target "$TARGET" -- "-Xmx$IOP_HEAP"
asadmin_idempotent create-jvm-options --target "$TARGET" -- "-Dhazelcast.phone.home.enabled=false"
asadmin disable-phone-home || echo "(disable-phone-home not available here: skipped)"
if [[ -n "${IOP_HAZELCAST_INTERFACE:-}" ]]; then
    hz="$IOP_HAZELCAST_INTERFACE"
    asadmin_idempotent create-jvm-options --target "$TARGET" -- "-Dhazelcast.socket.bind.any=false"
    asadmin set-hazelcast-configuration --target "$TARGET" --interfaces "$hz" --dasbindaddress "$hz" \
        --daspublicaddress "$hz" --publicaddress "$hz"
fi

# The app sends and receives no JMS messages: the embedded broker, which listens on all interfaces, is off.
# (A domain shared with an app that needs JMS: set ...jms-service.type=EMBEDDED again.)
asadmin set "configs.config.$CONFIG.jms-service.type=DISABLED"

# 3b. JDBC driver as a common library of the domain (optional, the WAR has its own copy).
if [[ -n "${IOP_JDBC_DRIVER:-}" ]]; then
    echo "== library $(basename "$IOP_JDBC_DRIVER")"
    if asadmin list-libraries --type common 2>/dev/null | grep -qxF "$(basename "$IOP_JDBC_DRIVER")"; then
        echo "(already there)"
    else
        asadmin add-library --type common "$IOP_JDBC_DRIVER"
    fi
fi

# 4. Session timeout fallback, 900 s = 15 min (the app sets each session's timeout from iop.session.timeout.minutes).
echo "== session timeout"
asadmin set "configs.config.$CONFIG.web-container.session-config.session-properties.timeout-in-seconds=900"

# 5. HTTP: no X-Powered-By, no Server header, no TRACE.
echo "== HTTP headers"
for protocol in "${LISTENERS[@]}"; do
    asadmin set "configs.config.$CONFIG.network-config.protocols.protocol.$protocol.http.xpowered-by=false"
    asadmin set "configs.config.$CONFIG.network-config.protocols.protocol.$protocol.http.server-header=false"
    asadmin set "configs.config.$CONFIG.network-config.protocols.protocol.$protocol.http.trace-enabled=false"
done

# 6. Logging: app and Flyway at INFO; server.log rotated at 50 MB, 20 files kept, and on date change.
echo "== logging"
asadmin set-log-levels --target "$TARGET" "org.iopmanager=INFO:org.flywaydb=INFO"
asadmin set-log-attributes --target "$TARGET" "com.sun.enterprise.server.logging.GFFileHandler.rotationLimitInBytes=52428800:com.sun.enterprise.server.logging.GFFileHandler.maxHistoryFiles=20:com.sun.enterprise.server.logging.GFFileHandler.rotationOnDateChange=true"

# 6b. Payara's health check service: heap, CPU and stuck requests, reported in server.log (the app's own
#     /health/ready and /health/live are for load balancers and monitors).
echo "== health check service"
asadmin set-healthcheck-configuration --target "$TARGET" --enabled=true --dynamic=true
asadmin set-healthcheck-service-configuration --target "$TARGET" --service=heap-memory-usage --enabled=true \
    --dynamic=true --time=5 --time-unit=MINUTES --threshold-warning=70 --threshold-critical=90
asadmin set-healthcheck-service-configuration --target "$TARGET" --service=cpu-usage --enabled=true \
    --dynamic=true --time=5 --time-unit=MINUTES --threshold-warning=70 --threshold-critical=90
asadmin set-healthcheck-service-configuration --target "$TARGET" --service=stuck-thread --enabled=true \
    --dynamic=true --time=5 --time-unit=MINUTES --stuck-threads-threshold=5 --stuck-threads-threshold-unit=MINUTES

# Restart before deploying: the heap and the library only apply then, and on 6.2025.9 the HTTP listener whose
# protocol was changed above stayed down until a restart.
if [[ "${IOP_RESTART:-yes}" == "yes" && "$TARGET" == "server" ]]; then
    echo "== restarting the domain ${IOP_DOMAIN:-domain1}"
    # Without the name, restart-domain would act on domain1, and START it if it is not running.
    restart=(restart-domain)
    [[ -n "${IOP_DOMAINDIR:-}" ]] && restart+=(--domaindir "$IOP_DOMAINDIR")
    "$ASADMIN" --passwordfile "$PWFILE" "${restart[@]}" "${IOP_DOMAIN:-domain1}"
else
    echo "== not restarting (IOP_RESTART=${IOP_RESTART:-yes}, target $TARGET): restart it yourself before use"
fi

# 7. Deploy, or redeploy, at context root "/".
echo "== deploying $WAR"
asadmin deploy --force=true --target "$TARGET" --contextroot / --name iop-manager "$WAR"

echo "== done. Check: curl -fsS http://localhost:8080/health/ready (UP once the schema is migrated)"
