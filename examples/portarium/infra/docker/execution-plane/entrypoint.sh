#!/bin/sh
# Serves the health probes (and the index) with busybox httpd in the foreground, so the
# container's main process is the server and stops with it.
set -eu
port="${PORTARIUM_HTTP_PORT:-8080}"
echo "${PORTARIUM_SERVICE:-execution-plane}: listening on 0.0.0.0:${port}"
exec httpd -f -v -p "0.0.0.0:${port}" -h /srv/www
