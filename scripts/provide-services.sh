# Sourced by scripts/test.sh (`npm test`): provides the real services the tests run against, on a
# Debian machine that may have none of them.
#
#   provide_packages   Debian's chromium (/usr/bin/chromium, the e2e browser), nginx-light (the
#                      cache tier project), default-jre-headless (Java for vnu-jar: the HTML and CSS
#                      checks) and postgresql (only when DATABASE_URL does not answer and no initdb is
#                      there to start a cluster with): what is missing is installed in ONE apt run,
#                      as root or through passwordless sudo. Otherwise it stops at once, printing the
#                      one command that installs them.
#   provide_postgres   When DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) does not
#                      answer a query (nothing there, or a cluster that wants a password), starts a
#                      scratch cluster (initdb, trust auth, loopback only, a free port) and exports its
#                      DATABASE_URL. stop_scratch_postgres stops it and removes its folder; test.sh
#                      calls it on every exit, failure and Ctrl-C included.
#
# Also runnable alone: `bash scripts/provide-services.sh` installs the packages and checks the
# database, and starts no cluster.
#
# Overrides: CHROMIUM_PATH (another Chromium), JAVA (another java), DATABASE_URL.

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

# Does DATABASE_URL answer `SELECT 1`? (node_modules/postgres, so after `npm ci`.)
pg_usable() {
  node -e "require('postgres')(process.env.DATABASE_URL, { connect_timeout: 5, max: 1, onnotice() {} })\`SELECT 1\`.then(() => process.exit(0), () => process.exit(1))" 2>/dev/null
}

# The newest PostgreSQL server's bin folder (Debian keeps initdb out of PATH), or nothing.
pg_bin() {
  local initdb
  initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)"
  if [ -n "$initdb" ]; then dirname "$initdb"; elif command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; fi
}

provide_packages() {
  local packages=()
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 1; }
  elif [ ! -x /usr/bin/chromium ]; then
    packages+=(chromium)
  fi
  # Where scripts/lib/nginx.ts looks: PATH, then /usr/sbin and /usr/local/sbin.
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ] && [ ! -x /usr/local/sbin/nginx ]; then
    packages+=(nginx-light)
  fi
  if [ -n "${JAVA:-}" ]; then
    command -v "$JAVA" >/dev/null 2>&1 || { echo "JAVA=$JAVA is not an executable file." >&2; exit 1; }
  elif ! command -v java >/dev/null 2>&1; then
    packages+=(default-jre-headless)
  fi
  if [ -z "$(pg_bin)" ] && ! pg_usable; then packages+=(postgresql); fi
  [ ${#packages[@]} -gt 0 ] || return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      {
        echo "npm test needs Debian's ${packages[*]}, and can install them only as root or with passwordless sudo. Run:"
        echo
        echo "  sudo apt-get update && sudo apt-get install -y ${packages[*]}"
        echo
        echo "then npm test again."
      } >&2
      exit 1
    fi
  fi
  echo "Installing Debian's ${packages[*]} (apt-get, one run)…"
  # Waits for another apt run to finish instead of failing on its lock.
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${packages[@]}" >/dev/null
}

scratch_pg_dir=
scratch_pg_bin=

# Runs a PostgreSQL tool as the cluster's owner: initdb refuses root, so root hands it to the
# postgres user that Debian's package creates (from /, which that user can always enter).
as_pg_owner() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

provide_postgres() {
  if pg_usable; then return 0; fi
  scratch_pg_bin="$(pg_bin)"
  [ -n "$scratch_pg_bin" ] || { echo "DATABASE_URL ($DATABASE_URL) does not answer, and there is no initdb to start a cluster with." >&2; exit 1; }
  local port
  port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
  scratch_pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/npm-test-postgres.XXXXXX")"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$scratch_pg_dir"; fi
  echo "DATABASE_URL ($DATABASE_URL) does not answer a query: starting a scratch PostgreSQL cluster in $scratch_pg_dir on port $port…"
  as_pg_owner "$scratch_pg_bin/initdb" -D "$scratch_pg_dir" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  as_pg_owner "$scratch_pg_bin/pg_ctl" -D "$scratch_pg_dir" -o "-p $port -k $scratch_pg_dir -c listen_addresses=127.0.0.1" \
    -l "$scratch_pg_dir/server.log" -w start >/dev/null
  export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  pg_usable || { echo "The scratch PostgreSQL cluster does not answer: see $scratch_pg_dir/server.log" >&2; exit 1; }
}

stop_scratch_postgres() {
  [ -n "$scratch_pg_dir" ] || return 0
  as_pg_owner "$scratch_pg_bin/pg_ctl" -D "$scratch_pg_dir" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$scratch_pg_dir"
  scratch_pg_dir=
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/.."
  export PATH="$PWD/node_modules/.bin:$PATH"
  provide_packages
  if pg_usable; then echo "DATABASE_URL answers."; else echo "DATABASE_URL ($DATABASE_URL) does not answer: npm test will start a scratch cluster."; fi
fi
