#!/usr/bin/env bash
# The WAR on a stock Payara Server 6, set up exactly as payara-config/README.md (section 3) tells an operator,
# then the smoke journey over HTTP: sign-in page, sign-in, a page of each feature, a role refused, health ready.
# Run by .ci/run after `mvn verify` (which builds target/iop-manager.war). Loopback only; exit status non-zero on
# any failed step.
#
# Usage: payara-config/server/test-journey.sh [path/to/iop-manager.war]
# Environment:
#   IOP_DB_URL, IOP_DB_USER, IOP_DB_PASSWORD   required: an EMPTY PostgreSQL database for this run (demo data is loaded)
#   PAYARA_SERVER_VERSION                      default 6.2025.9 (fish.payara.distributions:payara:<version>:zip)
#   IOP_JOURNEY_NETCHECK                       "yes": check that nothing leaves loopback (needs root, strace and tcpdump):
#                                              every asadmin and every server JVM they start runs under strace, and
#                                              any connect/sendto of theirs to an address other than 127.0.0.1/::1
#                                              fails the run; tcpdump counts packets off loopback machine-wide (any
#                                              process, so other jobs show too) for the record
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
WAR="$(readlink -f "${1:-target/iop-manager.war}")"
VERSION="${PAYARA_SERVER_VERSION:-6.2025.9}"
WORK="$ROOT/target/payara-server"
DOMAIN=iop-journey
: "${IOP_DB_URL:?set IOP_DB_URL (an empty PostgreSQL database)}" "${IOP_DB_USER:?set IOP_DB_USER}" "${IOP_DB_PASSWORD:?set IOP_DB_PASSWORD}"
[[ -f "$WAR" ]] || { echo "no WAR at $WAR: run mvn verify (or mvn -DskipTests package) first" >&2; exit 2; }

T0=$(date +%s)
step() { echo "== [$(( $(date +%s) - T0 )) s] $*"; }
fail() { echo "JOURNEY FAILED: $*" >&2; exit 1; }

step "Payara Server $VERSION from Maven Central (local repository after the first run)"
rm -rf "$WORK"
mkdir -p "$WORK"
mvn -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:$VERSION:zip" -DoutputDirectory="$WORK"
unzip -q "$WORK/payara-$VERSION.zip" -d "$WORK"
# The driver library for setup-domain.sh: the very jar the WAR carries (Maven put it there).
unzip -q -j "$WAR" 'WEB-INF/lib/postgresql-*.jar' -d "$WORK"
DRIVER_JAR="$(ls "$WORK"/postgresql-*.jar | head -1)"
[[ -x "$WORK/payara6/bin/asadmin" ]] || fail "no payara6/bin/asadmin in the zip"

# A port base whose hundred ports are all free (the domain uses base+9 ... base+86).
portbase=""
for _ in $(seq 1 50); do
    base=$(( (RANDOM % 350 + 200) * 100 ))
    if ! ss -Htan | awk '{print $4}' | grep -qE ":$(( base / 100 ))[0-9]{2}\$"; then portbase=$base; break; fi
done
[[ -n "$portbase" ]] || fail "no free port range found"
ADMIN_PORT=$(( portbase + 48 )); HTTP_PORT=$(( portbase + 80 ))
URL="http://127.0.0.1:$HTTP_PORT"
step "ports: base $portbase, admin $ADMIN_PORT, HTTP $HTTP_PORT"

SECRETS="$(mktemp -d)"
COOKIES="$SECRETS/cookies"
TCPDUMP_PID=""
started=""
TRACES="$WORK/traces"
cleanup() {
    local rc=$?
    set +e +o pipefail
    if [[ -n "$started" ]]; then
        step "stopping the domain"
        "$ASADMIN" --user admin --passwordfile "$ASADMIN_PASSWORD_FILE" stop-domain "$DOMAIN" || true
    fi
    if [[ -n "$TCPDUMP_PID" ]]; then
        sleep 2   # let the tracers of the stopped JVMs finish writing
        kill "$TCPDUMP_PID" 2>/dev/null || true; wait "$TCPDUMP_PID" 2>/dev/null || true
        echo "tcpdump, whole machine (any process): $(tcpdump -r "$WORK/offloopback.pcap" 2>/dev/null | wc -l) packets off loopback"
        tcpdump -nn -r "$WORK/offloopback.pcap" 2>/dev/null | head -10
        local calls off
        calls=$(cat "$TRACES"/* 2>/dev/null | grep -cE 'connect\(|sendto\(' || true)
        off=$(cat "$TRACES"/* 2>/dev/null | grep -E 'connect\(|sendto\(' | grep -E 'AF_INET' \
            | grep -vE 'inet_addr\("127\.|inet_pton\(AF_INET6, "(::1|::ffff:127\.[0-9.]+)"' || true)
        echo "strace, asadmin and the domain's JVMs: $calls connect/sendto calls, $(grep -c . <<< "$off" || true) to an address off loopback"
        if [[ -n "$off" ]]; then
            head -10 <<< "$off"
            echo "JOURNEY FAILED: the domain talked to an address off loopback" >&2
            rc=1
        fi
    fi
    rm -rf "$SECRETS"
    echo "Payara Server journey: $([[ $rc == 0 ]] && echo PASSED || echo FAILED) in $(( $(date +%s) - T0 )) s"
    exit $rc
}
trap cleanup EXIT

ASADMIN_REAL="$WORK/payara6/bin/asadmin"
if [[ "${IOP_JOURNEY_NETCHECK:-no}" == "yes" ]]; then
    command -v strace >/dev/null && command -v tcpdump >/dev/null || fail "IOP_JOURNEY_NETCHECK needs strace and tcpdump"
    mkdir -p "$TRACES"
    # strace -D: the tracer is a detached grandchild, so asadmin returns as usual while the server JVM it starts
    # (and the one restart-domain starts) stays traced until it stops.
    cat > "$WORK/payara6/bin/asadmin-traced" <<EOT
#!/bin/sh
exec strace -D -f -qq --seccomp-bpf -e trace=connect,sendto -o "$TRACES/asadmin.\$\$" "$ASADMIN_REAL" "\$@"
EOT
    chmod +x "$WORK/payara6/bin/asadmin-traced"
    ASADMIN_REAL="$WORK/payara6/bin/asadmin-traced"   # beside asadmin: create-domain.sh finds the domains folder from it
    tcpdump -i any -nn -U -w "$WORK/offloopback.pcap" 'not host 127.0.0.1 and not ip6 host ::1 and not arp' 2>/dev/null &
    TCPDUMP_PID=$!
    sleep 1
fi

(
    umask 077
    printf 'AS_ADMIN_PASSWORD=journey-%s\n' "$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$SECRETS/admin-pw"
    printf '%s\n' "$IOP_DB_PASSWORD" > "$SECRETS/db-pw"
)

# ---- payara-config/README.md, section 3, as an operator runs it ----------------------------------------------
export ASADMIN="$ASADMIN_REAL"
export ASADMIN_PASSWORD_FILE="$SECRETS/admin-pw"
export ASADMIN_OPTS="--host 127.0.0.1 --port $ADMIN_PORT --user admin"
export IOP_PORTBASE="$portbase" IOP_BIND_ADDRESS=127.0.0.1 IOP_HAZELCAST_INTERFACE=127.0.0.1 IOP_DOMAIN="$DOMAIN"
export IOP_DB_PASSWORD_FILE="$SECRETS/db-pw"
export IOP_JDBC_DRIVER="$DRIVER_JAR"
export IOP_HEAP=768m
step "create-domain.sh $DOMAIN"
payara-config/server/create-domain.sh "$DOMAIN"
step "start-domain"
"$ASADMIN" --user admin --passwordfile "$ASADMIN_PASSWORD_FILE" start-domain "$DOMAIN"
started=yes
# shellcheck disable=SC2086
"$ASADMIN" $ASADMIN_OPTS --passwordfile "$ASADMIN_PASSWORD_FILE" create-system-properties iop.demo=true
step "setup-domain.sh $(basename "$WAR")"
# IOP_DB_PASSWORD must not be in the server's environment: the alias is the only source (README, section 3).
env -u IOP_DB_PASSWORD payara-config/server/setup-domain.sh "$WAR"
# ---------------------------------------------------------------------------------------------------------------

step "waiting for $URL/health/ready"
ready=""
for _ in $(seq 1 150); do
    if curl -fsS -m 5 "$URL/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then ready=yes; break; fi
    sleep 2
done
[[ -n "$ready" ]] || fail "/health/ready not UP after 300 s: $(curl -sS -m 5 "$URL/health/ready" || true)"
step "ready: $(curl -fsS "$URL/health/ready")"

XML="$WORK/payara6/glassfish/domains/$DOMAIN/config/domain.xml"
grep -q 'iop\.db\.password' "$XML" && fail "domain.xml names iop.db.password: the password must be an alias only"
# The password may equal the user name (CI's role is iop_ci/iop_ci): the user's own property is not a leak.
grep -F "\"$IOP_DB_PASSWORD\"" "$XML" | grep -vq 'name="iop\.db\.user"' && fail "the database password is in domain.xml"
"$ASADMIN" $ASADMIN_OPTS --passwordfile "$ASADMIN_PASSWORD_FILE" list-password-aliases | grep -qx 'iop.db.password' \
    || fail "no password alias iop.db.password"
echo "database password: alias only (not in domain.xml)"

# GET $1, expect status $2 and (optionally) the text $3 in the body.
expect_get() {
    local path="$1" status="$2" text="${3:-}" code
    code=$(curl -sS -m 30 -o "$SECRETS/body" -w '%{http_code}' -b "$COOKIES" -c "$COOKIES" "$URL$path") || fail "GET $path: no answer"
    [[ "$code" == "$status" ]] || fail "GET $path: HTTP $code, expected $status: $(head -c 400 "$SECRETS/body")"
    if [[ -n "$text" ]] && ! grep -qF -- "$text" "$SECRETS/body"; then fail "GET $path: '$text' not in the page"; fi
    if grep -qE 'java\.lang\.|FacesException' "$SECRETS/body"; then fail "GET $path: an error page came back"; fi
    if [[ "$path" != /login.xhtml ]] && grep -qF 'class="login-page"' "$SECRETS/body"; then fail "GET $path: the sign-in page came back"; fi
    echo "GET $path -> $code"
}

# Sign in through the real form: view state and CSP nonce from the page, then the non-Ajax post.
login() {
    local user="$1" page viewstate nonce code location
    rm -f "$COOKIES"
    page=$(curl -fsS -m 30 -b "$COOKIES" -c "$COOKIES" "$URL/login.xhtml") || fail "GET /login.xhtml"
    grep -q 'id="login"' <<< "$page" || fail "the sign-in page has no form"
    viewstate=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o 'nonce="[^"]*"' <<< "$page" | head -1 | sed 's/nonce="//; s/"$//')
    [[ -n "$viewstate" && -n "$nonce" ]] || fail "no view state or CSP nonce on the sign-in page"
    code=$(curl -sS -m 60 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$COOKIES" -c "$COOKIES" \
        --data-urlencode "login=login" --data-urlencode "login:username=$user" \
        --data-urlencode "login:password=demo-Passw0rd-2026" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$viewstate" --data-urlencode "primefaces.nonce=$nonce" \
        "$URL/login.xhtml")
    location="${code#* }"
    [[ "${code%% *}" == 302 && "$location" == */index.xhtml ]] || fail "sign-in of $user: $code"
    echo "signed in as $user"
}

step "smoke journey"
expect_get /login.xhtml 200 'id="login"'
login admin
expect_get /index.xhtml 200
expect_get /site/sites.xhtml 200 'Harbor North'
expect_get /staff/staff.xhtml 200
expect_get /participant/participants.xhtml 200
expect_get /treatment/due.xhtml 200
expect_get /schedule/calendar.xhtml 200
expect_get /audit/audit.xhtml 200
expect_get /api/audit/chain 200 '"intact":true'
login credentialing
expect_get /staff/staff.xhtml 200
code=$(curl -sS -m 30 -o /dev/null -w '%{http_code}' -b "$COOKIES" "$URL/participant/participants.xhtml")
[[ "$code" == 403 ]] || fail "credentialing staff opened the participant list: HTTP $code, expected 403"
echo "GET /participant/participants.xhtml as credentialing -> 403"
expect_get /health/ready 200 '"name":"database","status":"UP"'
expect_get /health/live 200 '"status":"UP"'
expect_get /health/metrics 200 'iop_http_requests_total{status_class="2xx"}'
grep -q '^iop_ready 1$' "$SECRETS/body" || fail "/health/metrics: iop_ready is not 1"
# For the record (docs/operations.md): what Payara's own endpoints answer beside the app at "/".
for url in "$URL/metrics" "$URL/health/ready"; do
    echo "GET $url (no session) -> $(curl -sS -m 30 -o "$SECRETS/body" -w '%{http_code} %{content_type}' "$url"): $(head -c 160 "$SECRETS/body" | tr '\n' ' ')"
done

LOG="$WORK/payara6/glassfish/domains/$DOMAIN/logs/server.log"
echo "server.log: $(grep -c '\[SEVERE\]' "$LOG" || true) SEVERE, $(grep -c '\[WARNING\]' "$LOG" || true) WARNING lines"
grep -q 'org.iopmanager' "$LOG" || echo "(no org.iopmanager lines in server.log)"
step "journey passed"
