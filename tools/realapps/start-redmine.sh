#!/usr/bin/env bash
# Starts Debian's Redmine on 127.0.0.1:$PORT (default 3999) in the foreground, with a fresh copy of
# the seeded sqlite database (tools/realapps/redmine-seed.rb; seeded once, then copied at each start:
# every test run begins from the same two issues). State lives in $HEARD_REALAPPS_DIR
# (default /tmp/heard-realapps), the seeded template in $HEARD_REALAPPS_CACHE (default /tmp/heard-realapps-cache). Sign in as admin / heard-admin-1 (shown as "Sam Rivera").
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PORT="${PORT:-3999}"
DIR="${HEARD_REALAPPS_DIR:-/tmp/heard-realapps}/redmine"
APP=/usr/share/redmine
SOURCE=/var/lib/dbconfig-common/sqlite3/redmine/instances/default/redmine_default
if [ ! -f "$APP/config/environment.rb" ] || [ ! -f "$SOURCE" ]; then
  echo "redmine: not installed (run tools/realapps/install.sh as root)" >&2
  exit 1
fi
mkdir -p "$DIR"
# The seeded database is made once per version of the seed (about 10 s) and kept for later starts.
CACHE="${HEARD_REALAPPS_CACHE:-/tmp/heard-realapps-cache}"
mkdir -p "$CACHE"
stamp="$(cat "$HERE/redmine-seed.rb" "$SOURCE" | sha1sum | cut -c1-12)"
if [ ! -f "$CACHE/redmine-seeded-$stamp.sqlite" ]; then
  cp "$SOURCE" "$DIR/seeding.sqlite"
  (cd "$APP" && DATABASE_URL="sqlite3:$DIR/seeding.sqlite" RAILS_ENV=production ruby bin/rails runner "$HERE/redmine-seed.rb")
  mv "$DIR/seeding.sqlite" "$CACHE/redmine-seeded-$stamp.sqlite"
fi
cp "$CACHE/redmine-seeded-$stamp.sqlite" "$DIR/run.sqlite"
cd "$APP"
exec env DATABASE_URL="sqlite3:$DIR/run.sqlite?timeout=5000" RAILS_ENV=production PORT="$PORT" ruby "$HERE/redmine-serve.rb"
