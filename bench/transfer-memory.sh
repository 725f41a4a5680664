#!/usr/bin/env bash
# Transfer memory benchmark (issue: "server memory does not grow with file size").
#
# Publishes the server, starts it on a free loopback port with a temporary data directory, registers a member, uploads
# a 1 GiB file of random bytes with a plain streamed PUT, downloads it back and checks its SHA-256, and reads the
# server's peak resident memory (VmHWM). In the same run nginx serves the same file as a static file, so that the
# download throughput is printed as a ratio against a plain peer on the same machine.
#
# Before the big file, a small one (SMALL_MIB) goes up and down the same way, so that the growth of the peak from the
# small file to the big one shows whether memory grows with file size.
#
# Fails (exit 1) when a transfer is wrong or when the peak grows by GROWTH_LIMIT_MB (default 32) or more from the small
# file to the big one (memory growing with file size). The whole-process peak is reported against RSS_LIMIT_MB (default
# 150) and fails the run only with STRICT_RSS=1.
# Environment: SIZE_MIB (default 1024), SMALL_MIB (default 64), ROUNDS (download rounds per server, best kept; default 3),
#              RSS_LIMIT_MB (default 150), GROWTH_LIMIT_MB (default 32), STRICT_RSS=1, KEEP=1 keeps the temporary folder, NO_BUILD=1 reuses PUBLISH_DIR.
set -euo pipefail

SIZE_MIB=${SIZE_MIB:-1024}
SMALL_MIB=${SMALL_MIB:-64}
ROUNDS=${ROUNDS:-3}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-150}
GROWTH_LIMIT_MB=${GROWTH_LIMIT_MB:-32}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZE=$((SIZE_MIB * 1024 * 1024))

BENCH_NAME=transfer-memory
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"

bench_prerequisites
bench_workdir
publish_server

# --- Test file -----------------------------------------------------------------------------------------------------
say "writing $SIZE_MIB MiB of random bytes…"
mkdir -p "$WORK/www"
FILE="$WORK/www/big.bin"
dd if=/dev/urandom of="$FILE" bs=1M count="$SIZE_MIB" status=none
SMALL="$WORK/small.bin"
dd if=/dev/urandom of="$SMALL" bs=1M count="$SMALL_MIB" status=none
HASH=$(sha256sum "$FILE" | cut -d' ' -f1)
# nginx's workers may run as another user: let them read the file.
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$FILE"

# --- Yunpan --------------------------------------------------------------------------------------------------------
start_server Drive__SimpleUploadLimit="$SIZE"
START_RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")

register_member AUTH
URL="$BASE/api/v1/content/big.bin"

# The same round trip with the small file first: its peak is the reference for the big one.
say "uploading and downloading the $SMALL_MIB MiB file…"
status=$(curl -sS -o "$WORK/small.json" -w '%{http_code}' -H "$AUTH" -H 'Expect:' -T "$SMALL" "$BASE/api/v1/content/small.bin")
[[ $status == 201 ]] || { cat "$WORK/small.json" >&2; fail "upload of the small file answered $status"; }
for _ in $(seq 1 "$ROUNDS"); do
    curl -sS -f -o /dev/null -H "$AUTH" "$BASE/api/v1/content/small.bin"
done
[[ $(curl -sS -f -H "$AUTH" "$BASE/api/v1/content/small.bin" | sha256sum | cut -d' ' -f1) == "$(sha256sum "$SMALL" | cut -d' ' -f1)" ]] \
    || fail "the small file came back different"
SMALL_PEAK_KB=$(peak_rss_kb "$SERVER_PID")

say "uploading…"
read -r status up_speed < <(curl -sS -o "$WORK/upload.json" -w '%{http_code} %{speed_upload}\n' \
    -H "$AUTH" -H 'Content-Type: application/octet-stream' -H 'Expect:' -T "$FILE" "$URL")
[[ $status == 201 ]] || { cat "$WORK/upload.json" >&2; fail "upload answered $status"; }
grep -q "\"sha256\":\"$HASH\"" "$WORK/upload.json" || fail "the server stored another SHA-256 than $HASH: $(cat "$WORK/upload.json")"
AFTER_UPLOAD_KB=$(peak_rss_kb "$SERVER_PID")

say "downloading and checking the SHA-256…"
GOT=$(curl -sS -f -H "$AUTH" "$URL" | sha256sum | cut -d' ' -f1)
[[ $GOT == "$HASH" ]] || fail "the download's SHA-256 is $GOT, expected $HASH"

# --- nginx ---------------------------------------------------------------------------------------------------------
NGINX_PORT=$(free_port "$PORT")
nginx_conf "$NGINX_PORT"
NGINX_URL="http://127.0.0.1:$NGINX_PORT/big.bin"
say "starting nginx on 127.0.0.1:$NGINX_PORT…"
start_nginx "$WORK/nginx/nginx.conf" "$NGINX_URL"
[[ $(curl -sS -f "$NGINX_URL" | sha256sum | cut -d' ' -f1) == "$HASH" ]] || fail "nginx served other bytes"

# --- Download throughput, alternating, best of ROUNDS -------------------------------------------------------------
best_yunpan=0
best_nginx=0
for round in $(seq 1 "$ROUNDS"); do
    y=$(download -H "$AUTH" "$URL")
    n=$(download "$NGINX_URL")
    say "round $round: Yunpan $(mb "$y") MB/s, nginx $(mb "$n") MB/s"
    best_yunpan=$(max "$best_yunpan" "$y")
    best_nginx=$(max "$best_nginx" "$n")
done

PEAK_KB=$(peak_rss_kb "$SERVER_PID")
kill -0 "$SERVER_PID" 2>/dev/null || fail "the server died"

PEAK_MB=$(awk -v k="$PEAK_KB" 'BEGIN { printf "%.1f", k * 1024 / 1000000 }')
RATIO=$(awk -v y="$best_yunpan" -v n="$best_nginx" 'BEGIN { printf "%.2f", (n > 0 ? y / n : 0) }')

printf '\n'
printf 'Yunpan transfer benchmark: %d MiB file, SHA-256 verified (%s…)\n' "$SIZE_MIB" "${HASH:0:16}"
printf '  upload   (PUT, curl -T)        %8s MB/s\n' "$(mb "$up_speed")"
printf '  download (best of %d)           %8s MB/s\n' "$ROUNDS" "$(mb "$best_yunpan")"
printf '  nginx static (best of %d)       %8s MB/s\n' "$ROUNDS" "$(mb "$best_nginx")"
printf '  download ratio Yunpan / nginx   %8s\n' "$RATIO"
printf '  server RSS after start-up       %8s MB\n' "$(kb_mb "$START_RSS_KB")"
printf '  peak RSS after the %4d MiB file %7s MB\n' "$SMALL_MIB" "$(kb_mb "$SMALL_PEAK_KB")"
printf '  peak RSS after the big upload   %8s MB\n' "$(kb_mb "$AFTER_UPLOAD_KB")"
printf '  server peak RSS (VmHWM)         %8s MB   (limit %s MB)\n' "$PEAK_MB" "$RSS_LIMIT_MB"
printf '  peak growth %d MiB -> %d MiB   %8s MB\n' "$SMALL_MIB" "$SIZE_MIB" "$(kb_mb "$((PEAK_KB - SMALL_PEAK_KB))")"

GROWTH_MB=$(kb_mb "$((PEAK_KB - SMALL_PEAK_KB))")
status=0
if awk -v g="$GROWTH_MB" -v l="$GROWTH_LIMIT_MB" 'BEGIN { exit !(g >= l) }'; then
    say "FAIL: the peak grew by $GROWTH_MB MB from the $SMALL_MIB MiB file to the $SIZE_MIB MiB file (limit $GROWTH_LIMIT_MB MB): memory grows with file size"
    status=1
else
    printf 'PASS: memory does not grow with file size (peak growth %s MB < %s MB)\n' "$GROWTH_MB" "$GROWTH_LIMIT_MB"
fi
if awk -v p="$PEAK_MB" -v l="$RSS_LIMIT_MB" 'BEGIN { exit !(p >= l) }'; then
    printf 'TARGET MISSED: whole-process peak RSS %s MB is not below %s MB (see bench/README.md)\n' "$PEAK_MB" "$RSS_LIMIT_MB"
    [[ ${STRICT_RSS:-0} == 1 ]] && status=1
else
    printf 'TARGET MET: whole-process peak RSS %s MB is below %s MB\n' "$PEAK_MB" "$RSS_LIMIT_MB"
fi
exit $status
