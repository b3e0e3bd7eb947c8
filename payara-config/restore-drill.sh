#!/usr/bin/env bash
# Restore drill (docs/operations.md, "Backup and restore"): dump a PostgreSQL database of IOP Manager, restore it
# into a new database, compare the row count of every table and the audit chain, start the app on the copy and ask
# it for the chain as an administrator. Prints the figures; exit status non-zero when anything differs.
#
# Usage: payara-config/restore-drill.sh          (from anywhere; needs target/iop-manager.war and target/iop-manager/,
#                                                 i.e. after mvn package, and the Payara Micro jar in ~/.m2)
# Environment:
#   DRILL_PG_ADMIN   how to run psql/pg_dump/pg_restore/createdb as a user who may create databases
#                    (default "runuser -u postgres --": the local postgres superuser, as on the CI machine)
#   DRILL_PG_HOST    default 127.0.0.1;  DRILL_PG_PORT default 5432
#   DRILL_SOURCE     database to dump. Default: a new database iop_drill_src that the drill fills itself by starting
#                    the app with demo data on it, signing in and opening pages (so the audit trail has lines)
#   DRILL_TARGET     new database to restore into (default iop_drill_restored; dropped first if it exists)
#   DRILL_APP_USER / DRILL_APP_PASSWORD   database user the app connects as (default postgres / x)
#   PAYARA_MICRO     the Payara Micro jar (default ~/.m2/.../payara-micro-6.2025.10.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PG_ADMIN="${DRILL_PG_ADMIN:-runuser -u postgres --}"
read -r -a PG <<< "$PG_ADMIN"
HOST="${DRILL_PG_HOST:-127.0.0.1}"; PORT="${DRILL_PG_PORT:-5432}"
SOURCE="${DRILL_SOURCE:-}"; TARGET="${DRILL_TARGET:-iop_drill_restored}"
APP_USER="${DRILL_APP_USER:-postgres}"; APP_PASSWORD="${DRILL_APP_PASSWORD:-x}"
MICRO="${PAYARA_MICRO:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}"
WAR="$ROOT/target/iop-manager.war"; CLASSES="$ROOT/target/iop-manager/WEB-INF/classes"
DRIVER="$(ls "$ROOT"/target/iop-manager/WEB-INF/lib/postgresql-*.jar 2>/dev/null | head -1)"
for f in "$MICRO" "$WAR" "$CLASSES" "$DRIVER"; do [[ -e "$f" ]] || { echo "missing $f (run mvn -DskipTests package)" >&2; exit 2; }; done

WORK="$(mktemp -d)"; chmod 755 "$WORK"
# Copies, so that a build running meanwhile cannot change what the drill runs.
cp "$WAR" "$WORK/iop-manager.war"; WAR="$WORK/iop-manager.war"
mkdir "$WORK/cp"; cp -r "$CLASSES" "$WORK/cp/classes"; cp "$DRIVER" "$WORK/cp/"
CLASSES="$WORK/cp/classes"; DRIVER="$WORK/cp/$(basename "$DRIVER")"
APP_PID=""
T0=$(date +%s)
step() { echo "== [$(( $(date +%s) - T0 )) s] $*"; }
fail() { echo "DRILL FAILED: $*" >&2; exit 1; }
stop_app() {
    if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi
}
trap 'rc=$?; stop_app; rm -rf "$WORK"; echo "Restore drill: $([[ $rc == 0 ]] && echo PASSED || echo FAILED) in $(( $(date +%s) - T0 )) s"; exit $rc' EXIT

psql_as() { "${PG[@]}" psql -X -v ON_ERROR_STOP=1 -qAt -h "$HOST" -p "$PORT" "$@"; }
free_port() { local p; while :; do p=$(( RANDOM % 20000 + 30000 )); ss -Htan | awk '{print $4}' | grep -q ":$p\$" || { echo $p; return; }; done; }

# Starts Payara Micro with the WAR on database $1 (demo data: $2), loopback only; waits for /health/ready.
start_app() {
    local db="$1" demo="$2" t=$(date +%s)
    HTTP_PORT=$(free_port); local hz; hz=$(free_port)
    URL="http://127.0.0.1:$HTTP_PORT"
    IOP_DB_CLASS=org.postgresql.ds.PGSimpleDataSource IOP_DB_URL="jdbc:postgresql://$HOST:$PORT/$db" \
    IOP_DB_USER="$APP_USER" IOP_DB_PASSWORD="$APP_PASSWORD" IOP_DEMO="$demo" \
        java -Xmx512m -Dhazelcast.phone.home.enabled=false -Dhazelcast.socket.bind.any=false -jar "$MICRO" \
        --deploy "$WAR" --contextroot / --port "$HTTP_PORT" --disablephonehome \
        --clustermode "tcpip:127.0.0.1:$hz" --interfaces 127.0.0.1 --startport "$hz" --clusterName "drill-$$-$db" \
        --prebootcommandfile "$ROOT/payara-config/micro/pre-boot-loopback.asadmin" \
        --postbootcommandfile "$ROOT/payara-config/micro/post-boot.asadmin" > "$WORK/micro-$db.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 150); do
        curl -fsS -m 5 "$URL/health/ready" 2>/dev/null | grep -q '"status":"UP"' && { STARTED_IN=$(( $(date +%s) - t )); return 0; }
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/micro-$db.log"; fail "Payara Micro on $db stopped"; }
        sleep 2
    done
    tail -30 "$WORK/micro-$db.log"; fail "app on $db not ready after 300 s"
}

COOKIES="$WORK/cookies"
login() {
    local page viewstate nonce code
    rm -f "$COOKIES"
    page=$(curl -fsS -m 30 -b "$COOKIES" -c "$COOKIES" "$URL/login.xhtml")
    viewstate=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o 'nonce="[^"]*"' <<< "$page" | head -1 | sed 's/nonce="//; s/"$//')
    code=$(curl -sS -m 60 -o /dev/null -w '%{http_code}' -b "$COOKIES" -c "$COOKIES" \
        --data-urlencode "login=login" --data-urlencode "login:username=$1" --data-urlencode "login:password=$2" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$viewstate" \
        --data-urlencode "primefaces.nonce=$nonce" "$URL/login.xhtml")
    [[ "$code" == 302 ]] || fail "sign-in of $1 on $URL: HTTP $code"
}
chain() { curl -fsS -m 120 -b "$COOKIES" -H 'Accept: application/json' "$URL/api/audit/chain"; }

# Every table of the public schema with its exact row count, sorted (flyway_schema_history included).
counts() {
    local db="$1" t
    for t in $(psql_as -d "$db" -c "select tablename from pg_tables where schemaname = 'public' order by 1"); do
        printf '%s %s\n' "$t" "$(psql_as -d "$db" -c "select count(*) from public.\"$t\"")"
    done
}
verify_chain() {   # ChainVerifier (README), read-only, on database $1
    IOP_DB_PASSWORD="$APP_PASSWORD" java -cp "$CLASSES:$DRIVER" org.iopmanager.audit.control.ChainVerifier \
        "jdbc:postgresql://$HOST:$PORT/$1" "$APP_USER"
}

if [[ -z "$SOURCE" ]]; then
    SOURCE=iop_drill_src
    step "source: new database $SOURCE with demo data, written through the app"
    psql_as -d postgres -c "drop database if exists $SOURCE with (force)" -c "create database $SOURCE"
    start_app "$SOURCE" true
    echo "app ready on $SOURCE after $STARTED_IN s"
    login admin demo-Passw0rd-2026
    for page in index.xhtml participant/participants.xhtml site/sites.xhtml staff/staff.xhtml audit/audit.xhtml; do
        curl -fsS -m 60 -o /dev/null -b "$COOKIES" "$URL/$page" || fail "GET /$page on the source"
    done
    sleep 15   # the audit seal timer (every 10 s) seals what was just written
    chain > "$WORK/chain-source-api.json"
    echo "source chain (API): $(cat "$WORK/chain-source-api.json")"
    stop_app
fi

step "counting the rows of every table in $SOURCE"
counts "$SOURCE" > "$WORK/counts-source"
SRC_CHAIN="$(verify_chain "$SOURCE")" || fail "the chain of $SOURCE is broken already: $SRC_CHAIN"

step "pg_dump $SOURCE (custom format)"
t=$(date +%s%N)
"${PG[@]}" pg_dump -h "$HOST" -p "$PORT" -Fc --no-owner "$SOURCE" > "$WORK/iop.dump"   # written by this shell: the dump user need not write here
DUMP_MS=$(( ($(date +%s%N) - t) / 1000000 )); DUMP_BYTES=$(stat -c %s "$WORK/iop.dump")

step "pg_restore into the new database $TARGET"
psql_as -d postgres -c "drop database if exists $TARGET with (force)" -c "create database $TARGET"
t=$(date +%s%N)
"${PG[@]}" pg_restore -h "$HOST" -p "$PORT" --no-owner --exit-on-error -d "$TARGET" < "$WORK/iop.dump"
RESTORE_MS=$(( ($(date +%s%N) - t) / 1000000 ))

step "comparing"
counts "$TARGET" > "$WORK/counts-target"
if ! diff "$WORK/counts-source" "$WORK/counts-target"; then fail "row counts differ (source < > target)"; fi
TGT_CHAIN="$(verify_chain "$TARGET")" || fail "the chain of the restored copy is broken: $TGT_CHAIN"
[[ "$SRC_CHAIN" == "$TGT_CHAIN" ]] || fail "ChainVerifier differs: source $SRC_CHAIN, restored $TGT_CHAIN"
TABLES=$(wc -l < "$WORK/counts-target"); ROWS=$(awk '{s+=$2} END {print s}' "$WORK/counts-target")

step "starting the app on $TARGET (no demo data: the copy only)"
start_app "$TARGET" false
TARGET_START=$STARTED_IN
login admin demo-Passw0rd-2026
APP_CHAIN="$(chain)"
grep -q '"intact":true' <<< "$APP_CHAIN" || fail "the app on the restored copy says the chain is not intact: $APP_CHAIN"
stop_app

echo
echo "Figures ($(date -u +%Y-%m-%dT%H:%MZ), PostgreSQL $(psql_as -d postgres -c 'show server_version'))"
echo "  tables compared:        $TABLES, rows $ROWS, all counts equal"
awk '{printf "    %-40s %s\n", $1, $2}' "$WORK/counts-target"
echo "  pg_dump -Fc:            ${DUMP_MS} ms, $DUMP_BYTES bytes"
echo "  pg_restore:             ${RESTORE_MS} ms"
echo "  ChainVerifier source:   $SRC_CHAIN"
echo "  ChainVerifier restored: $TGT_CHAIN"
echo "  app on the copy:        ready after $TARGET_START s; GET /api/audit/chain as admin: $APP_CHAIN"
