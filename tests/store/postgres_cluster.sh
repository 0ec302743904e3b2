#!/bin/sh
# A private PostgreSQL cluster for the store's tests and benchmarks: created
# with Debian's initdb in DIR, listening only on 127.0.0.1 on a free port,
# trust authentication, run as the `postgres` user when we are root (the server
# refuses root). DIR (made when missing) must be reachable by that user: use
# one made by `mktemp -d`, not a folder inside one.
#
#   postgres_cluster.sh start DIR [DATABASE...]  creates and starts it, creates the databases,
#                                                prints postgresql://postgres@127.0.0.1:PORT/ on stdout
#   postgres_cluster.sh stop DIR                 stops it (DIR stays; remove it yourself)
#
# Exits 77 when the PostgreSQL server is not installed, so callers can skip.
set -eu
action=${1:?usage: postgres_cluster.sh start|stop DIR [DATABASE...]}
dir=${2:?usage: postgres_cluster.sh start|stop DIR [DATABASE...]}
shift 2

bin=${CASUS_PG_BIN:-}
if [ -z "$bin" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin=$candidate  # the glob sorts; the last is the newest
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "postgres_cluster: PostgreSQL server not installed (no /usr/lib/postgresql/*/bin/initdb)" >&2
  exit 77
fi

as_owner() {  # runs a server command as the user that owns the cluster
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case $action in
start)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    runuser -u postgres -- test -w "$dir" || {
      echo "postgres_cluster: the postgres user cannot write $dir (is a parent folder private?)" >&2
      exit 1
    }
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  port=$(free_port)
  # The Unix socket goes into DIR too: /var/run/postgresql may not exist.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null || {
    cat "$dir/server.log" >&2
    exit 1
  }
  echo "$port" >"$dir/port"
  for database in "$@"; do
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
  done
  echo "postgresql://postgres@127.0.0.1:$port/"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  ;;
*)
  echo "usage: postgres_cluster.sh start|stop DIR [DATABASE...]" >&2
  exit 2
  ;;
esac
