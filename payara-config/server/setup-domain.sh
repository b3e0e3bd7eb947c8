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
#
# Safe to run again: "already exists" answers are ignored, values are replaced, the WAR is redeployed.
# JVM options (heap) take effect after a restart: asadmin restart-domain.
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

# 7. Deploy, or redeploy, at context root "/".
echo "== deploying $WAR"
asadmin deploy --force=true --target "$TARGET" --contextroot / --name iop-manager "$WAR"

echo "== done. After the first run or a heap change restart the domain (asadmin restart-domain),"
echo "   then check: curl -fsS http://localhost:8080/health/ready"
