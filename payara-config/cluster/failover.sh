#!/usr/bin/env bash
# Two Payara Micro nodes in one Hazelcast cluster (TCP/IP discovery on 127.0.0.1), behind nginx with sticky routing
# (consistent hash of JSESSIONID), on PostgreSQL. A user signs in, saves a change, opens a form; the node serving
# the session is killed with -9 and the user goes on from the other node (Failover.java says what they saw). The
# killed node is restarted and rejoins before the next round.
#
#   payara-config/cluster/failover.sh [rounds]      (default 1; CI runs 1, run 10 or more by hand)
#
# Needs: target/iop-manager.war (mvn package), Debian's nginx (nginx-light), JDK 17, a PostgreSQL reachable as
# IOP_DB_URL/IOP_DB_USER/IOP_DB_PASSWORD (default: database iop_cluster on 127.0.0.1, recreated when run as root).
# Everything listens on and talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-1}

version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
micro=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar}
war=target/iop-manager.war
[ -f "$micro" ] || mvn -q dependency:get -Dartifact="fish.payara.extras:payara-micro:$version" -Dtransitive=false
[ -f "$war" ] || { echo "No $war: run mvn package first" >&2; exit 1; }
command -v nginx >/dev/null || { echo "No nginx: apt-get install -y nginx-light" >&2; exit 1; }

if [ -z "${IOP_DB_URL:-}" ]; then
    export IOP_DB_URL=jdbc:postgresql://127.0.0.1:5432/iop_cluster IOP_DB_USER=iop_cluster IOP_DB_PASSWORD=iop_cluster
    if [ "$(id -u)" = 0 ]; then
        admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -d postgres "$@"; }
        admin -c "drop database if exists iop_cluster with (force)"
        admin -c "drop role if exists iop_cluster"
        admin -c "create role iop_cluster login password 'iop_cluster'"
        admin -c "create database iop_cluster owner iop_cluster"
    fi
fi

work=target/cluster
rm -rf "$work" && mkdir -p "$work"
free_port() { # a loopback port nothing answers on
    local port
    while :; do
        port=$(( 20000 + RANDOM % 30000 ))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
lb=$(free_port)
ports=("$(free_port)" "$(free_port)")
hz=$(free_port)
cluster=iop-failover-$$

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

start_node() { # index
    local i=$1 port=${ports[$1]}
    # Both nodes list both members; each binds its own start port. Same options as the tests (stack.md, Network).
    java -Xmx512m -Dhazelcast.phone.home.enabled=false -Dhazelcast.socket.bind.any=false \
        -Diop.demo=true -Diop.db.class=org.postgresql.ds.PGSimpleDataSource -Diop.db.url="$IOP_DB_URL" \
        -Diop.db.user="$IOP_DB_USER" -Diop.db.password="$IOP_DB_PASSWORD" \
        -jar "$micro" --deploy "$war" --contextroot / --port "$port" --name "node$i" \
        --clustermode "tcpip:127.0.0.1:$hz,127.0.0.1:$((hz + 1))" --startport "$((hz + i))" \
        --interfaces 127.0.0.1 --clustername "$cluster" >>"$work/node$i.log" 2>&1 &
    pids[$i]=$!
}
wait_ready() { # index
    local started=$SECONDS
    until curl -fsS -o /dev/null "http://127.0.0.1:${ports[$1]}/health/ready" 2>/dev/null; do
        kill -0 "${pids[$1]}" 2>/dev/null || { echo "node$1 died:" >&2; tail -40 "$work/node$1.log" >&2; exit 1; }
        [ $((SECONDS - started)) -lt 240 ] || { echo "node$1 not ready in 240 s" >&2; tail -40 "$work/node$1.log" >&2; exit 1; }
        sleep 1
    done
    echo "node$1 on :${ports[$1]} ready in $((SECONDS - started)) s"
}
write_nodes() { : >"$work/nodes"; for i in 0 1; do echo "${ports[$i]} ${pids[$i]}" >>"$work/nodes"; done; }
members() { # index: cluster size as the node last logged it
    grep -o 'DG Size: [0-9]*' "$work/node$1.log" | tail -1 | grep -o '[0-9]*$' || echo "?"
}

start_node 0; wait_ready 0     # the first node migrates the schema and loads the demo data
start_node 1; wait_ready 1

cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $PWD/$work/nginx.pid;
error_log $PWD/$work/nginx-error.log warn;
events { worker_connections 256; }
http {
    access_log $PWD/$work/nginx-access.log;
    client_body_temp_path $PWD/$work/nginx-tmp;
    proxy_temp_path $PWD/$work/nginx-tmp;
    upstream iop {
        hash \$cookie_JSESSIONID consistent;
        server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=5s;
    }
    server {
        listen 127.0.0.1:$lb;
        location / {
            proxy_pass http://iop;
            proxy_set_header Host \$host:\$server_port;
            proxy_connect_timeout 1s;
            proxy_next_upstream error timeout http_502 http_503;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
CONF
mkdir -p "$work/nginx-tmp"
nginx -p "$PWD/$work" -c "$PWD/$work/nginx.conf"
echo "nginx on :$lb in front of :${ports[0]} and :${ports[1]}; cluster members seen by node1: $(members 1)"

failures=0
for round in $(seq 1 "$rounds"); do
    write_nodes
    echo "--- round $round"
    set +e
    java payara-config/cluster/Failover.java "http://127.0.0.1:$lb/" "$work/nodes" admin demo-Passw0rd-2026 | tee "$work/round$round.txt"
    status=${PIPESTATUS[0]}
    set -e
    [ "$status" = 0 ] || failures=$((failures + 1))
    killed=$(sed -n 's/.* killed=\([0-9]*\).*/\1/p' "$work/round$round.txt")
    for i in 0 1; do
        if [ "${ports[$i]}" = "$killed" ]; then
            wait "${pids[$i]}" 2>/dev/null || true
            start_node "$i"; wait_ready "$i"
            sleep 5
            echo "node$i rejoined; cluster members it sees: $(members "$i")"
        fi
    done
done
echo "failover rounds: $rounds, failed: $failures"
grep -h '^RESULT' "$work"/round*.txt | awk '{for(i=2;i<=NF;i++){split($i,kv,"=");if(kv[1]=="failover-ms"){s+=kv[2];if(kv[2]>m)m=kv[2]} if(kv[1]=="failed")f+=kv[2]}} END{if(NR) printf "time to first good answer: mean %d ms, max %d ms; requests failed during failover: %d in %d rounds\n", s/NR, m, f, NR}'
[ "$failures" = 0 ]
