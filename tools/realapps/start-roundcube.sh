#!/usr/bin/env bash
# Starts Debian's Roundcube webmail on 127.0.0.1:$PORT (default 3998, PHP's built-in web server, no
# Apache) with its own Dovecot IMAP server on 127.0.0.1:$IMAP_PORT (default 3143), both in the
# foreground of this script (stop it, its process group, to stop both). Every start begins from the
# same state: a fresh copy of the sqlite database dbconfig-common made at install, and a mailbox
# holding three customer emails (tools/realapps/mail/*.eml: an angry one, an abusive one, a calm one).
# Sign in as rep@heard.test / heard-rep-1. Nothing is sent: no SMTP server; a reply is saved as a draft.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PORT="${PORT:-3998}"
IMAP_PORT="${IMAP_PORT:-3143}"
ROOT="${HEARD_REALAPPS_DIR:-/tmp/heard-realapps}"
DIR="$ROOT/roundcube"
SOURCE_DB=/var/lib/dbconfig-common/sqlite3/roundcube/roundcube
DOCROOT=/var/lib/roundcube/public_html
for f in "$SOURCE_DB" "$DOCROOT/index.php" /usr/sbin/dovecot /etc/roundcube/defaults.inc.php; do
  if [ ! -e "$f" ]; then
    echo "roundcube: $f is missing (run tools/realapps/install.sh as root)" >&2
    exit 1
  fi
done
rm -rf "$DIR"
mkdir -p "$DIR"/{config,logs,temp,dovecot-run,dovecot-state}
chmod 755 "$ROOT" "$DIR"

# Dovecot: one user, mail owned by nobody (Dovecot runs no mail process as root).
MAILHOME="$DIR/mail/rep"
mkdir -p "$MAILHOME/Maildir"/{cur,new,tmp}
i=0
for eml in "$HERE"/mail/*.eml; do
  i=$((i + 1))
  cp "$eml" "$MAILHOME/Maildir/new/$((1733400000 + i)).M${i}P1.heard"
done
chown -R nobody:nogroup "$DIR/mail"
echo "rep@heard.test:{PLAIN}heard-rep-1:65534:65534::$MAILHOME" > "$DIR/dovecot-users"
cat > "$DIR/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $DIR/dovecot-run
state_dir = $DIR/dovecot-state
log_path = $DIR/logs/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 65534
last_valid_uid = 65534
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/dovecot-users
}
userdb {
  driver = passwd-file
  args = username_format=%u $DIR/dovecot-users
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0600
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
CONF

# Roundcube: its own config directory (ROUNDCUBE_CONFIG_DIR), Debian's defaults underneath.
cp "$SOURCE_DB" "$DIR/roundcube.sqlite"
ln -s /etc/roundcube/defaults.inc.php "$DIR/config/defaults.inc.php"
[ -e /etc/roundcube/mimetypes.php ] && ln -s /etc/roundcube/mimetypes.php "$DIR/config/mimetypes.php"
cat > "$DIR/config/config.inc.php" <<CONF
<?php
\$config = [];
\$config['db_dsnw'] = 'sqlite:///$DIR/roundcube.sqlite?mode=0646';
\$config['imap_host'] = '127.0.0.1:$IMAP_PORT';
\$config['smtp_host'] = '';
\$config['des_key'] = 'heard-realapps-test-key!';
\$config['plugins'] = [];
\$config['skin'] = 'elastic';
\$config['log_dir'] = '$DIR/logs/';
\$config['temp_dir'] = '$DIR/temp/';
\$config['enable_installer'] = false;
\$config['enable_spellcheck'] = false;
\$config['htmleditor'] = 1;
\$config['reply_mode'] = 1;
\$config['draft_autosave'] = 0;
\$config['language'] = 'en_US';
\$config['timezone'] = 'UTC';
\$config['drafts_mbox'] = 'Drafts';
\$config['sent_mbox'] = 'Sent';
\$config['trash_mbox'] = 'Trash';
\$config['create_default_folders'] = false;
CONF

cleanup() { kill ${DOVECOT_PID:-} ${PHP_PID:-} 2>/dev/null || true; }
trap cleanup EXIT INT TERM
/usr/sbin/dovecot -F -c "$DIR/dovecot.conf" &
DOVECOT_PID=$!
echo "roundcube: serving on http://127.0.0.1:$PORT/ (IMAP on 127.0.0.1:$IMAP_PORT)"
# One PHP worker: requests one at a time, as Roundcube's session expects (with several workers two
# requests in flight wrote the session over each other, and a new reply's compose session was lost).
ROUNDCUBE_CONFIG_DIR="$DIR/config" php -S "127.0.0.1:$PORT" -t "$DOCROOT" 2>>"$DIR/logs/php-server.log" &
PHP_PID=$!
wait -n "$DOVECOT_PID" "$PHP_PID"
