#!/usr/bin/env bash
# OneVisit developer entry point.
#   ./run.sh demo   set everything up (Python venv, npm packages, PWA build) and serve the demo on SQLite
#   ./run.sh test   set everything up and run the whole test suite (unit, GraphQL, PostgreSQL, Chromium)
#   ./run.sh setup  only set up
#   ./run.sh serve  production topology: migrate, load the catalogue, then $WEB_CONCURRENCY app processes
#                   (default 2) and one notification worker, against PostgreSQL ($DATABASE_URL); SIGTERM
#                   or Ctrl-C stops both gracefully (README "Running in production")
set -euo pipefail
cd "$(dirname "$0")"

VENV=${VENV:-.venv}
PY="$VENV/bin/python"

setup_python() {
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
  fi
  local stamp="$VENV/.onevisit-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet -e ".[test]"
    touch "$stamp"
  fi
}

setup_pwa() {
  if [ ! -d pwa/node_modules ] || [ pwa/package-lock.json -nt pwa/node_modules/.package-lock.json ]; then
    (cd pwa && npm ci --no-audit --no-fund --loglevel=error)
  fi
  (cd pwa && npm run --silent build)
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk
  else
    echo "Browser tests need Debian's chromium: sudo apt-get install chromium fonts-noto-cjk" >&2
  fi
}

case "${1:-}" in
  setup)
    setup_python; setup_pwa ;;
  demo)
    setup_python; setup_pwa
    exec "$PY" -m api serve --demo --host "${HOST:-127.0.0.1}" ;;
  serve)
    setup_python; setup_pwa
    : "${DATABASE_URL:?serve runs against PostgreSQL: set DATABASE_URL=postgres://user@host:5432/db}"
    export NOTIFICATIONS_WORKER=off  # the worker below delivers; the app processes only write the outbox
    "$PY" -m api migrate
    "$PY" -m api load-catalog "${CATALOG_DIR:-data/catalog}"
    "$PY" -m notifications.worker & worker=$!
    "$PY" -m api serve --host "${HOST:-0.0.0.0}" --workers "${WEB_CONCURRENCY:-2}" & app=$!
    trap 'kill -TERM "$app" "$worker" 2>/dev/null || true' TERM INT
    wait -n "$app" "$worker" || true  # a signal, or one of the two ended: stop the other as well
    kill -TERM "$app" "$worker" 2>/dev/null || true
    wait ;;
  test)
    setup_python; setup_pwa; ensure_chromium
    "$VENV/bin/ruff" check .
    "$VENV/bin/pyright" && "$VENV/bin/pyright" -p pyright.strict.json  # the type gates (basic; strict)
    # the PWA: generated API types up to date, eslint, unit tests (tests/e2e drive the built app)
    (cd pwa && npm run --silent codegen:check && npm run --silent lint && npm run --silent test:unit)
    shift
    exec "$PY" -m pytest "$@" ;;
  *)
    echo "usage: ./run.sh demo | test | setup | serve" >&2; exit 2 ;;
esac
