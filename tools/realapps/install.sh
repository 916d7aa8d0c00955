#!/usr/bin/env bash
# Installs the two real web applications the real-app browser tests run Heard on (issue 13, point 7),
# from Debian's own packages: Redmine (sqlite) and Roundcube (sqlite) with a local Dovecot IMAP server,
# PHP's CGI/CLI (the built-in web server; no Apache). Idempotent: when everything is there it returns
# at once. Non-interactive: debconf answers are preseeded (sqlite databases made by dbconfig-common).
# Needs root (CI runs as root); prints one line naming what is missing when it cannot install.
# `--check`: installs nothing, only says in one line what is missing (exit 1).
set -euo pipefail
PKGS=(redmine redmine-sqlite roundcube-core roundcube-sqlite3 dovecot-imapd php8.2-cgi php8.2-cli php8.2-sqlite3 sqlite3)
missing=()
installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${PKGS[@]}" 2>/dev/null | awk '$NF == "installed" { print $1 }' || true)"
for p in "${PKGS[@]}"; do
  grep -qx "$p" <<<"$installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "${1:-}" = --check ] || [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "realapps: missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2
  exit 1
fi
start=$(date +%s)
echo "realapps: installing ${missing[*]}…"
debconf-set-selections <<'SEL'
redmine redmine/instances/default/dbconfig-install boolean true
redmine redmine/instances/default/database-type select sqlite3
redmine redmine/instances/default/db/basepath string /var/lib/dbconfig-common/sqlite3/redmine/instances/default
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
SEL
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/realapps-apt.log 2>&1; then
  apt-get update -qq >/dev/null 2>&1 || true
  if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/realapps-apt.log 2>&1; then
    echo "realapps: apt-get install failed for: ${missing[*]} (log: /tmp/realapps-apt.log)" >&2
    tail -20 /tmp/realapps-apt.log >&2
    exit 1
  fi
fi
echo "realapps: installed in $(( $(date +%s) - start )) s"
