#!/usr/bin/env bash
# Prints the directory holding pg_dump, pg_restore and psql of the same major version as the
# PostgreSQL server Värna runs (the embedded one, see embedded-postgres-binaries.version in
# backend/pom.xml), building them once when this machine has none.
#
# Why build: pg_dump refuses a server newer than itself, Debian 12 ships client 15, the server
# is 18, and PostgreSQL's own package repository is out of reach here. Debian's source archive
# is in reach, so the script takes PostgreSQL's source from there (checksum checked against
# Debian's index), builds only the client programs (about 30 s on 2 cores) and keeps them in
# .tools/. Set PG_BIN to use a client you already have instead.
#
# Needs: curl, xz, bzip2, gcc, make, bison, flex and zlib1g-dev (.ci/run installs them).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SERVER_VERSION=$(sed -n 's:.*<embedded-postgres-binaries.version>\([0-9.]*\)</embedded-postgres-binaries.version>.*:\1:p' "$ROOT/backend/pom.xml")
MAJOR=${POSTGRES_MAJOR:-${SERVER_VERSION%%.*}}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# Debian suites searched for the source package postgresql-$MAJOR, newest first.
DEBIAN_SUITES=${DEBIAN_SUITES:-sid forky trixie-backports trixie}

# client_major DIR: prints the major version of DIR/pg_dump, or nothing.
client_major() {
  [ -x "$1/pg_dump" ] && [ -x "$1/pg_restore" ] && [ -x "$1/psql" ] || return 0
  "$1/pg_dump" --version | sed -n 's/^pg_dump (PostgreSQL) \([0-9]*\).*/\1/p'
}

if [ -n "${PG_BIN:-}" ]; then
  found=$(client_major "$PG_BIN")
  if [ "$found" != "$MAJOR" ]; then
    log "PG_BIN=$PG_BIN has no pg_dump, pg_restore and psql of PostgreSQL $MAJOR (found: ${found:-none})."; exit 1
  fi
  echo "$PG_BIN"; exit 0
fi
for dir in "$TOOLS/postgresql-client-$MAJOR/bin" "/usr/lib/postgresql/$MAJOR/bin"; do
  if [ "$(client_major "$dir")" = "$MAJOR" ]; then echo "$dir"; exit 0; fi
done

missing=()
for tool in curl xz bzip2 gcc make bison flex; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  log "Building the PostgreSQL $MAJOR client needs: ${missing[*]} (on Debian: apt-get install bison flex zlib1g-dev …)."; exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball="" checksum=""
for suite in $DEBIAN_SUITES; do
  if ! curl -fsS --max-time 120 -o "$work/Sources.xz" "$DEBIAN_MIRROR/dists/$suite/main/source/Sources.xz" 2>/dev/null; then continue; fi
  # The stanza of postgresql-$MAJOR: its directory and the orig tarball's SHA-256 and name.
  read -r directory checksum tarball < <(xz -dc "$work/Sources.xz" | awk -v pkg="postgresql-$MAJOR" '
    /^Package: / { inside = ($2 == pkg) }
    inside && /^Directory: / { dir = $2 }
    inside && /^Checksums-Sha256:/ { sums = 1; next }
    inside && sums && /^ / { if ($3 ~ /\.orig\.tar\.(bz2|gz|xz)$/) { sum = $1; file = $3 } next }
    { sums = 0 }
    inside && /^$/ && file { print dir, sum, file; exit }
    END { if (inside && file) print dir, sum, file }' | head -n 1) || true
  if [ -n "${tarball:-}" ]; then log "PostgreSQL $MAJOR source: $tarball (Debian $suite)"; break; fi
done
if [ -z "${tarball:-}" ]; then
  log "No source package postgresql-$MAJOR in Debian suites: $DEBIAN_SUITES. Set PG_BIN to a PostgreSQL $MAJOR client."; exit 1
fi

log "Building pg_dump, pg_restore and psql $MAJOR from source (once, about 30 s)…"
curl -fsS --max-time 600 -o "$work/$tarball" "$DEBIAN_MIRROR/$directory/$tarball"
echo "$checksum  $work/$tarball" | sha256sum --check --quiet
tar -xf "$work/$tarball" -C "$work"
source_dir=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'postgresql-*' | head -n 1)
prefix="$TOOLS/postgresql-client-$MAJOR"
(
  cd "$source_dir"
  ./configure --quiet --prefix="$prefix" --without-icu --without-readline --with-zlib --without-zstd --without-lz4
  make -s -j"$(nproc)" -C src/backend generated-headers
  for part in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do make -s -j"$(nproc)" -C "$part"; done
  rm -rf "$prefix"
  for part in src/interfaces/libpq src/bin/pg_dump src/bin/psql; do make -s -C "$part" install; done
) > "$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; log "Building the PostgreSQL $MAJOR client failed."; exit 1; }
if [ "$(client_major "$prefix/bin")" != "$MAJOR" ]; then log "The built client does not report PostgreSQL $MAJOR."; exit 1; fi
log "PostgreSQL $MAJOR client in $prefix/bin"
echo "$prefix/bin"
