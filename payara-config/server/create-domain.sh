#!/usr/bin/env bash
# IOP Manager - create a new Payara Server 6 domain for the app, with the settings that must be in place
# BEFORE the domain starts for the first time. Then start it and run setup-domain.sh (see payara-config/README.md).
#
# Usage (as the user who owns the Payara installation):
#   export ASADMIN=/opt/payara6/bin/asadmin
#   export ASADMIN_PASSWORD_FILE=/root/iop-admin-pw   # AS_ADMIN_PASSWORD=<new admin password>, mode 600
#   payara-config/server/create-domain.sh iop
#
# Environment:
#   ASADMIN                  asadmin executable (default: asadmin on PATH)
#   ASADMIN_PASSWORD_FILE    required: a file with the line AS_ADMIN_PASSWORD=... The domain's admin user "admin"
#                            gets that password (asadmin refuses remote administration without one)
#   IOP_PORTBASE             optional: every port of the domain from this base (admin = base+48, HTTP = base+80,
#                            HTTPS = base+81, Hazelcast = base+49/base+59, ...). Default: Payara's standard
#                            ports (4848, 8080, 8181, ...)
#   IOP_DOMAINDIR            optional: the domains folder (default: the installation's glassfish/domains)
#   IOP_HAZELCAST_INTERFACE  address the domain's Hazelcast data grid binds to and announces (default 127.0.0.1:
#                            one server, grid closed to the network). For several instances use this host's
#                            internal address
#   IOP_BIND_ADDRESS         optional: bind the HTTP, HTTPS, admin, IIOP and JMX listeners to this address only
#                            (127.0.0.1 for a workstation or a test; leave unset behind a proxy on another host)
#
# Before the first start, and so not possible with asadmin (which needs a running domain), this script edits the
# new domain's config/domain.xml: Payara's phone-home (it calls www.payara.fish when the domain is ready, from the
# very first start) is off, Hazelcast's phone-home is off and its grid is bound to IOP_HAZELCAST_INTERFACE, and
# (optionally) the listeners are bound to IOP_BIND_ADDRESS. Each edit is checked; the script stops on any surprise.
set -euo pipefail

DOMAIN="${1:-iop}"
ASADMIN="${ASADMIN:-asadmin}"
: "${ASADMIN_PASSWORD_FILE:?set ASADMIN_PASSWORD_FILE to a file with the line AS_ADMIN_PASSWORD=...}"
HZ_IF="${IOP_HAZELCAST_INTERFACE:-127.0.0.1}"
BIND="${IOP_BIND_ADDRESS:-}"

if ! grep -qE '^AS_ADMIN_PASSWORD=.+' "$ASADMIN_PASSWORD_FILE"; then
    echo "ASADMIN_PASSWORD_FILE=$ASADMIN_PASSWORD_FILE has no line AS_ADMIN_PASSWORD=<password>" >&2
    exit 2
fi
asadmin_bin="$(command -v "$ASADMIN")" || { echo "asadmin not found: $ASADMIN" >&2; exit 2; }
if [[ -n "${IOP_DOMAINDIR:-}" ]]; then
    DOMAINS="$IOP_DOMAINDIR"
else
    DOMAINS="$(cd "$(dirname "$(readlink -f "$asadmin_bin")")/.." && pwd)/glassfish/domains"
fi
XML="$DOMAINS/$DOMAIN/config/domain.xml"
if [[ -e "$DOMAINS/$DOMAIN" ]]; then
    echo "domain $DOMAIN already exists in $DOMAINS: use setup-domain.sh on it, or choose another name" >&2
    exit 2
fi

args=(--user admin --passwordfile "$ASADMIN_PASSWORD_FILE" create-domain --savelogin=false)
[[ -n "${IOP_PORTBASE:-}" ]] && args+=(--portbase "$IOP_PORTBASE")
[[ -n "${IOP_DOMAINDIR:-}" ]] && args+=(--domaindir "$IOP_DOMAINDIR")
echo "== creating domain $DOMAIN${IOP_PORTBASE:+ (port base $IOP_PORTBASE)}"
"$asadmin_bin" "${args[@]}" "$DOMAIN"

[[ -f "$XML" ]] || { echo "no $XML after create-domain" >&2; exit 1; }
cp -p "$XML" "$XML.before-iop"

# Runs a sed program on domain.xml and fails unless the file then holds the expected text.
edit() {
    local expect="$1"; shift
    sed -i "$@" "$XML"
    if ! grep -qF -- "$expect" "$XML"; then
        echo "domain.xml edit failed (expected: $expect); the original is $XML.before-iop" >&2
        exit 1
    fi
}
SERVER_CONFIG='/<config name="server-config">/,/<\/config>/'

echo "== before the first start: phone-home off, Hazelcast on $HZ_IF${BIND:+, listeners on $BIND}"
# Payara's phone-home is a per-config extension, read when the domain starts.
edit '<phone-home-runtime-configuration enabled="false">' \
    -e 's#<config name="server-config">#&\n      <phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>#'
# Hazelcast: no phone-home, bind to the chosen interface only (JVM options of server-config).
edit '<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>' \
    -e "$SERVER_CONFIG"'{/<java-config /s#$#\n        <jvm-options>-Dhazelcast.phone.home.enabled=false</jvm-options>\n        <jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>#}'
# The domain data grid: its member interface and the DAS's bind and public address.
edit "interface=\"$HZ_IF\"" \
    -e "s#<hazelcast-runtime-configuration #&interface=\"$HZ_IF\" das-bind-address=\"$HZ_IF\" das-public-address=\"$HZ_IF\" #"
# Discovery: TCP/IP with the DAS as the one known member. Payara's default "domain" discovery replaces a loopback DAS
# address with the machine's network address on purpose and connects to it (seen with strace). Instances of a
# cluster on other hosts join the DAS the same way.
das_port="$(grep -o '<hazelcast-runtime-configuration [^>]*das-port="[0-9]*"' "$XML" | grep -o 'das-port="[0-9]*"' | tr -dc 0-9)"
[[ -n "$das_port" ]] || { echo "no das-port in $XML" >&2; exit 1; }
edit "discovery-mode=\"tcpip\" tcpip-members=\"$HZ_IF:$das_port\"" \
    -e "s#<hazelcast-runtime-configuration #&discovery-mode=\"tcpip\" tcpip-members=\"$HZ_IF:$das_port\" #"
# ... and the address the server announces to other members (without it, it still connected to the machine's own
# network address on the grid's start port).
edit "<hazelcast-config-specific-configuration public-address=\"$HZ_IF\"" \
    -e "$SERVER_CONFIG"'s#<hazelcast-config-specific-configuration#& public-address="'"$HZ_IF"'"#'
if [[ -n "$BIND" ]]; then
    # HTTP, HTTPS and admin listeners (no address = all interfaces), IIOP and JMX (0.0.0.0) of server-config.
    edit "<network-listener address=\"$BIND\" " -e "$SERVER_CONFIG"'s#<network-listener port=#<network-listener address="'"$BIND"'" port=#'
    edit "address=\"$BIND\" port=" -e "$SERVER_CONFIG"'s#address="0\.0\.0\.0"#address="'"$BIND"'"#g'
    if sed -n "$SERVER_CONFIG"'p' "$XML" | grep -qE '<network-listener [^>]*port=' &&
       sed -n "$SERVER_CONFIG"'p' "$XML" | grep -E '<(network|iiop)-listener |<jmx-connector ' | grep -vqF "address=\"$BIND\""; then
        echo "a listener of server-config is still not bound to $BIND" >&2
        exit 1
    fi
fi

echo "== domain $DOMAIN created. Next: $asadmin_bin start-domain $DOMAIN, then setup-domain.sh (payara-config/README.md)"
