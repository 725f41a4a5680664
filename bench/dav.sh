#!/usr/bin/env bash
# WebDAV benchmark (issue 8, "Benchmark"): Yunpan's /dav/ against Apache httpd with mod_dav/mod_dav_fs on the same
# machine, in one run.
#
#   1. PROPFIND Depth: 1 of a folder of ENTRIES (10 000) files, asking for the properties rclone asks for: the first
#      listing of a freshly started server (cold: Yunpan compiles its queries and code on first use), then WARMUP
#      (10) untimed listings of each server, then the best of ROUNDS; with the server's peak resident memory (VmHWM;
#      Apache: the largest of its processes);
#   2. PUTS (1 000) PUTs of 4 KiB files, one after another over one keep-alive connection (files/s): a first round
#      into another folder (reported as the cold rate), then the timed one;
#   3. GET of a SIZE_MIB (1 GiB) file (throughput, best of ROUNDS; Apache with EnableSendfile On).
# For 1 and 2, Yunpan's CPU time per timed request (all threads, from /proc/<pid>/stat) is printed as well.
#
# Yunpan runs as published (Release) with a fresh data folder; Apache serves a plain folder with a DavLockDB. Every
# listing is checked to hold ENTRIES + 1 responses and every download its length. The targets (PROPFIND ≤ ⅓ of
# Apache's time, small files ≥ 2× Apache's rate, GET ≥ 0.95× Apache) are REPORTED, NOT ENFORCED: each line says
# MET or MISSED; the exit status is 0 unless something is wrong (1) or a prerequisite is missing (2).
#
# Environment: ENTRIES (10000), PUTS (1000), SIZE_MIB (1024), ROUNDS (3), WARMUP (10), KEEP=1, NO_BUILD=1 PUBLISH_DIR=….
set -euo pipefail

ENTRIES=${ENTRIES:-10000}
PUTS=${PUTS:-1000}
SIZE_MIB=${SIZE_MIB:-1024}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

BENCH_NAME=dav
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"

for n in ENTRIES PUTS SIZE_MIB ROUNDS; do
    [[ ${!n} =~ ^[1-9][0-9]*$ ]] || { say "dav: $n must be a positive integer (got '${!n}')"; exit 2; }
done
[[ $WARMUP =~ ^[0-9]+$ ]] || { say "dav: WARMUP must be a whole number (got '$WARMUP')"; exit 2; }
SIZE=$((SIZE_MIB * 1024 * 1024))
bench_prerequisites
if ! command -v apache2 >/dev/null 2>&1; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "Apache is missing; installing it (apt-get install -y apache2) to serve as the peer…"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq apache2 >/dev/null || fail "could not install apache2"
    else
        say "dav: Apache httpd is required as the peer. Install it with: sudo apt-get install -y apache2"
        exit 2
    fi
fi
MODULES=/usr/lib/apache2/modules
[[ -f $MODULES/mod_dav_fs.so ]] || { say "dav: mod_dav_fs is missing from $MODULES"; exit 2; }
bench_workdir
publish_server

now_ns() { date +%s%N; }
# cpu_ms: Yunpan's CPU time so far (user + system, all threads), from /proc; differences give the CPU a phase cost.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$SERVER_PID/stat"; }
per() { awk -v ms="$1" -v n="$2" 'BEGIN { printf "%.2f", ms / n }'; }
ratio() { awk -v y="$1" -v n="$2" 'BEGIN { printf "%.2f", (n > 0 ? y / n : 0) }'; }
verdict() { if awk -v r="$1" -v t="$2" -v d="$3" 'BEGIN { exit !(d == "le" ? r <= t : r >= t) }'; then echo MET; else echo MISSED; fi; }
PROPS='<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:displayname/><d:getlastmodified/><d:getcontentlength/><d:resourcetype/><d:getcontenttype/><d:getetag/></d:prop></d:propfind>'

# --- Apache with mod_dav on a plain folder -----------------------------------------------------------------------
APACHE_PORT=$(free_port)
APACHE_BASE="http://127.0.0.1:$APACHE_PORT"
mkdir -p "$WORK/apache" "$WORK/apachedav/list" "$WORK/apachedav/first" "$WORK/apachedav/small"
chmod 777 "$WORK/apache" "$WORK/apachedav" "$WORK/apachedav/list" "$WORK/apachedav/first" "$WORK/apachedav/small"
chmod 755 "$WORK"
# Apache refuses to serve as root: when run as root it switches to www-data (which the 777 folders let write).
if [[ $EUID -eq 0 ]]; then APACHE_USER=www-data APACHE_GROUP=www-data; else APACHE_USER=$(id -un) APACHE_GROUP=$(id -gn); fi
cat >"$WORK/apache/httpd.conf" <<EOF
ServerRoot $WORK/apache
ServerName 127.0.0.1
Listen 127.0.0.1:$APACHE_PORT
LoadModule mpm_event_module $MODULES/mod_mpm_event.so
LoadModule authz_core_module $MODULES/mod_authz_core.so
LoadModule dav_module $MODULES/mod_dav.so
LoadModule dav_fs_module $MODULES/mod_dav_fs.so
PidFile $WORK/apache/httpd.pid
ErrorLog $WORK/apache/error.log
User $APACHE_USER
Group $APACHE_GROUP
EnableSendfile On
KeepAliveTimeout 30
MaxKeepAliveRequests 0
DavLockDB $WORK/apache/davlock
DocumentRoot $WORK/apachedav
<Directory "$WORK/apachedav">
    Dav On
    Require all granted
</Directory>
EOF
say "starting Apache (mod_dav) on $APACHE_BASE…"
apache2 -f "$WORK/apache/httpd.conf" -DFOREGROUND &
APACHE_PID=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null -X OPTIONS "$APACHE_BASE/" && break; sleep 0.1; done
curl -sf -o /dev/null -X OPTIONS "$APACHE_BASE/" || { cat "$WORK/apache/error.log" >&2; fail "Apache did not start"; }
trap 'stop_pid "$APACHE_PID"; bench_cleanup' EXIT

apache_peak_kb() { # the largest VmHWM among Apache's processes
    local peak=0 pid
    for pid in $APACHE_PID $(pgrep -P "$APACHE_PID" || true); do
        peak=$(max "$peak" "$(peak_rss_kb "$pid" 2>/dev/null || echo 0)")
    done
    echo "$peak"
}

# --- Yunpan ----------------------------------------------------------------------------------------------------------
start_server Plans__Catalog__0__Capacity=$((1024 * 1024 * 1024 * 1024)) Plans__Catalog__0__MaxUpload=$((SIZE > 1073741824 ? SIZE : 1073741824))
register_member AUTH
YP="$BASE/dav"

# puts_config FILE BASEURL PREFIX COUNT: a curl config that PUTs FILE COUNT times under BASEURL/PREFIXnnnnn.
puts_config() {
    local i
    for i in $(seq 1 "$4"); do printf 'upload-file = "%s"\nurl = "%s/%s%05d"\noutput = "/dev/null"\n' "$1" "$2" "$3" "$i"; done
}

# --- Phase 1: a folder of ENTRIES files -------------------------------------------------------------------------
say "— filling a folder with $ENTRIES files on both servers…"
head -c 100 /dev/urandom >"$WORK/tiny.bin"
for i in $(seq 1 "$ENTRIES"); do cp "$WORK/tiny.bin" "$WORK/apachedav/list/f$(printf %05d "$i")"; done
curl -sf -o /dev/null -X MKCOL -H "$AUTH" "$YP/list/" || fail "MKCOL on Yunpan failed"
puts_config "$WORK/tiny.bin" "$YP/list" f "$ENTRIES" >"$WORK/fill.curl"
curl -sS --no-progress-meter -f -H "$AUTH" -H 'Expect:' -Z --parallel-max 4 -K "$WORK/fill.curl" || fail "filling Yunpan's folder failed"

propfind() { # URL [curl args…]: prints seconds; checks the number of responses
    local t0 t1 count
    t0=$(now_ns)
    curl -sS -f -X PROPFIND -H 'Depth: 1' -H 'Content-Type: application/xml' --data "$PROPS" "${@:2}" "$1" -o "$WORK/propfind.xml"
    t1=$(now_ns)
    count=$(grep -o '<[A-Za-z0-9]*:response[ >]' "$WORK/propfind.xml" | wc -l)
    [[ $count == $((ENTRIES + 1)) ]] || fail "PROPFIND of $1 returned $count responses, expected $((ENTRIES + 1))"
    awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}
# A fresh server process for the listings, so that its peak memory is start-up plus listing, not the filling.
stop_server
start_server Plans__Catalog__0__Capacity=$((1024 * 1024 * 1024 * 1024)) Plans__Catalog__0__MaxUpload=$((SIZE > 1073741824 ? SIZE : 1073741824))
YP_START_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
cold_yp=$(propfind "$YP/list/" -H "$AUTH")
cold_ap=$(propfind "$APACHE_BASE/list/")
say "  first listing: Yunpan ${cold_yp}s, Apache ${cold_ap}s; $WARMUP untimed listings each…"
for _ in $(seq 1 "$WARMUP"); do
    propfind "$YP/list/" -H "$AUTH" >/dev/null
    propfind "$APACHE_BASE/list/" >/dev/null
done
best_yp=999999
list_cpu=0
best_ap=999999
for round in $(seq 1 "$ROUNDS"); do
    c0=$(cpu_ms)
    y=$(propfind "$YP/list/" -H "$AUTH")
    list_cpu=$((list_cpu + $(cpu_ms) - c0))
    a=$(propfind "$APACHE_BASE/list/")
    say "  round $round: Yunpan ${y}s, Apache ${a}s"
    best_yp=$(awk -v a="$best_yp" -v b="$y" 'BEGIN { print (b < a ? b : a) }')
    best_ap=$(awk -v a="$best_ap" -v b="$a" 'BEGIN { print (b < a ? b : a) }')
done
PROPFIND_RATIO=$(ratio "$best_yp" "$best_ap")
YP_PEAK_LIST=$(peak_rss_kb "$SERVER_PID")
AP_PEAK_LIST=$(apache_peak_kb)

# --- Phase 2: PUTS small files over one connection ---------------------------------------------------------------
say "— $PUTS PUTs of 4 KiB files…"
head -c 4096 /dev/urandom >"$WORK/small.bin"
curl -sf -o /dev/null -X MKCOL -H "$AUTH" "$YP/small/" || fail "MKCOL on Yunpan failed"
timed_puts() { # CONFIG [curl args…]: prints files/s
    local t0 t1
    t0=$(now_ns)
    curl -sS -f -H 'Expect:' "${@:2}" -K "$1" || fail "a PUT failed ($1)"
    t1=$(now_ns)
    awk -v n="$PUTS" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }'
}
# The first round goes to another folder and is reported as the cold rate: the server has not yet uploaded, so the
# JIT is still compiling (and, with tiered PGO, profiling) the upload path. The table's rate is the second round's.
curl -sf -o /dev/null -X MKCOL -H "$AUTH" "$YP/first/" || fail "MKCOL on Yunpan failed"
puts_config "$WORK/small.bin" "$YP/first" y "$PUTS" >"$WORK/yp-first.curl"
puts_config "$WORK/small.bin" "$APACHE_BASE/first" a "$PUTS" >"$WORK/ap-first.curl"
cold_put_yp=$(timed_puts "$WORK/yp-first.curl" -H "$AUTH")
cold_put_ap=$(timed_puts "$WORK/ap-first.curl")
puts_config "$WORK/small.bin" "$YP/small" y "$PUTS" >"$WORK/yp.curl"
puts_config "$WORK/small.bin" "$APACHE_BASE/small" a "$PUTS" >"$WORK/ap.curl"
c0=$(cpu_ms)
yp_rate=$(timed_puts "$WORK/yp.curl" -H "$AUTH")
put_cpu=$(($(cpu_ms) - c0))
ap_rate=$(timed_puts "$WORK/ap.curl")
say "  first $PUTS: Yunpan $cold_put_yp/s, Apache $cold_put_ap/s; next $PUTS: Yunpan $yp_rate/s, Apache $ap_rate/s"
PUTS_RATIO=$(ratio "$yp_rate" "$ap_rate")
curl -sS -f -H "$AUTH" "$YP/small/y$(printf %05d "$PUTS")" -o "$WORK/small.back"
cmp -s "$WORK/small.back" "$WORK/small.bin" || fail "the last small file came back different"

# --- Phase 3: GET of a large file ----------------------------------------------------------------------------------
say "— GET of a $SIZE_MIB MiB file…"
dd if=/dev/urandom of="$WORK/apachedav/big.bin" bs=1M count="$SIZE_MIB" status=none
chmod 644 "$WORK/apachedav/big.bin"
put_speed=$(curl -sS -f -H "$AUTH" -H 'Expect:' -T "$WORK/apachedav/big.bin" -o /dev/null -w '%{speed_upload}' "$YP/big.bin")
best_get_yp=0
best_get_ap=0
for round in $(seq 1 "$ROUNDS"); do
    y=$(download -H "$AUTH" "$YP/big.bin")
    a=$(download "$APACHE_BASE/big.bin")
    say "  round $round: Yunpan $(mb "$y") MB/s, Apache $(mb "$a") MB/s"
    best_get_yp=$(max "$best_get_yp" "$y")
    best_get_ap=$(max "$best_get_ap" "$a")
done
GET_RATIO=$(ratio "$best_get_yp" "$best_get_ap")

printf '\n%-46s %14s %14s %8s  %s\n' "WebDAV ($ENTRIES entries, $PUTS PUTs, $SIZE_MIB MiB)" Yunpan Apache ratio target
printf '%-46s %13ss %13ss %8s  %s\n' "PROPFIND Depth 1 (best of $ROUNDS)" "$best_yp" "$best_ap" "$PROPFIND_RATIO" "≤ 0.33 $(verdict "$PROPFIND_RATIO" 0.33 le)"
printf '%-46s %13ss %13ss %8s\n' "  (first listing of a fresh server, cold)" "$cold_yp" "$cold_ap" "$(ratio "$cold_yp" "$cold_ap")"
printf '%-46s %12sMB %12sMB %8s\n' "  server peak RSS (start-up + the listings)" "$(kb_mb "$YP_PEAK_LIST")" "$(kb_mb "$AP_PEAK_LIST")" "$(ratio "$YP_PEAK_LIST" "$AP_PEAK_LIST")"
printf '%-46s %12sMB\n' "  (Yunpan's RSS before the first listing)" "$(kb_mb "$YP_START_KB")"
printf '%-46s %12sms\n' "  (Yunpan's CPU per timed listing)" "$(per "$list_cpu" "$ROUNDS")"
printf '%-46s %12s/s %12s/s %8s  %s\n' "PUT of 4 KiB files (one connection)" "$yp_rate" "$ap_rate" "$PUTS_RATIO" "≥ 2 $(verdict "$PUTS_RATIO" 2 ge)"
printf '%-46s %12s/s %12s/s %8s\n' "  (the first $PUTS of a fresh server, cold)" "$cold_put_yp" "$cold_put_ap" "$(ratio "$cold_put_yp" "$cold_put_ap")"
printf '%-46s %12sms\n' "  (Yunpan's CPU per timed PUT)" "$(per "$put_cpu" "$PUTS")"
printf '%-46s %10sMB/s %10sMB/s %8s  %s\n' "GET of the large file (best of $ROUNDS)" "$(mb "$best_get_yp")" "$(mb "$best_get_ap")" "$GET_RATIO" "≥ 0.95 $(verdict "$GET_RATIO" 0.95 ge)"
printf '%-46s %10sMB/s\n' "  (Yunpan PUT of the large file, hashed, fsynced)" "$(mb "$put_speed")"
