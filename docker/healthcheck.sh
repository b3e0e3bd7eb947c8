#!/bin/bash
# Container health check for IOP Manager: healthy when GET /health/ready answers
# "HTTP/1.1 200" with a body starting {"status":"UP" (the overall status, not one check's).
# Pure bash (/dev/tcp, read -t): needs neither curl nor wget in the image.
set -u
port="${HEALTHCHECK_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET /health/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
case "$status" in
    "HTTP/1.1 200"*) ;;
    *) exit 1 ;;
esac
body=""
line=""
while IFS= read -r -t 5 line; do body+="$line"; done <&3
body+="$line"
exec 3<&-
[[ "$body" == *'{"status":"UP"'* ]]
