#!/usr/bin/env bash
# Transfer benchmark (issue 3, "Benchmark"): Yunpan against nginx on the same machine, in one run.
#
# Publishes the server, writes a file of random bytes (SIZE_MIB, default 1 GiB) and starts nginx (sendfile on, the dav
# module for PUT) beside Yunpan, then measures in four phases, restarting Yunpan before each one so that each phase's
# peak resident memory (VmHWM of /proc/<pid>/status, a high-water mark of the whole process) is its own:
#
#   1. upload, one stream: tus creation + one PATCH of the whole file (curl -T), ÷ one nginx PUT of the same file;
#   2. upload, PARTS (4) parallel parts: PARTS `Upload-Concat: partial` uploads created and PATCHed concurrently, then
#      the `Upload-Concat: final` POST; timed from the first request to the final's answer, ÷ the same nginx PUT;
#   3. download: GET of the stored file ÷ nginx serving the same bytes as a static file, alternating;
#   4. instant upload of the known file by a second member: start (challenge) + answer, the two server round trips;
#      the local proof computation (reading the challenged ranges) is reported separately.
#
# Throughputs are the best of ROUNDS. Every upload is verified: the SHA-256 Yunpan reports for the stored file, the
# blob file in its store, every file nginx wrote, and a full download from Yunpan are compared with the source's.
#
# The targets of the issue (download ≥ 0.95, upload ≥ 0.9, peak RSS < 150 MB, instant upload < 50 ms) are REPORTED,
# NOT ENFORCED: each line says MET or MISSED, and the exit status is 0 unless a transfer is wrong (1) or a
# prerequisite is missing (2).
#
# Environment: SIZE_MIB (default 1024), ROUNDS (rounds per measure, best kept; default 3), PARTS (default 4),
#              INSTANT_ROUNDS (default 5, median reported), WARM_MIB (warm-up file, default 8), PREFAULT_MIB (scratch
#              file written and deleted before every timed upload, both servers; default 2 × SIZE_MIB, see
#              prefault_page_cache in lib.sh), KEEP=1 keeps the temporary folder, NO_BUILD=1 PUBLISH_DIR=… reuses an
#              earlier publish.
set -euo pipefail

SIZE_MIB=${SIZE_MIB:-1024}
ROUNDS=${ROUNDS:-3}
PARTS=${PARTS:-4}
INSTANT_ROUNDS=${INSTANT_ROUNDS:-5}
WARM_MIB=${WARM_MIB:-8}
PREFAULT_MIB=${PREFAULT_MIB:-$((2 * SIZE_MIB))}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

BENCH_NAME=transfer
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"

for n in SIZE_MIB ROUNDS PARTS INSTANT_ROUNDS WARM_MIB PREFAULT_MIB; do
    [[ ${!n} =~ ^[1-9][0-9]*$ ]] || { say "transfer: $n must be a positive integer (got '${!n}')"; exit 2; }
done
SIZE=$((SIZE_MIB * 1024 * 1024))
bench_prerequisites
need python3 "It computes the instant-upload answer. Install it with: apt-get install -y python3"
need split "Install coreutils."
need base64 "Install coreutils."
"$NGINX" -V 2>&1 | grep -q -- '--with-http_dav_module' \
    || { say "transfer: this nginx ($NGINX) is built without the dav module (nginx -V lacks --with-http_dav_module); install Debian's nginx."; exit 2; }
bench_workdir
publish_server

now_ns() { date +%s%N; }
rate() { awk -v b="$1" -v ns="$2" 'BEGIN { printf "%.0f", b / (ns / 1e9) }'; }   # bytes/s
ratio() { awk -v y="$1" -v n="$2" 'BEGIN { printf "%.2f", (n > 0 ? y / n : 0) }'; }
b64() { printf '%s' "$1" | base64 -w0; }
header() { tr -d '\r' <"$1" | sed -n "s/^$2:[[:space:]]*//Ip" | tail -n 1; }

# --- Test files ----------------------------------------------------------------------------------------------------
say "writing $SIZE_MIB MiB of random bytes…"
mkdir -p "$WORK/www" "$WORK/parts" "$WORK/tus" "$WORK/dav/tmp"
FILE="$WORK/www/big.bin"
dd if=/dev/urandom of="$FILE" bs=1M count="$SIZE_MIB" status=none
HASH=$(sha256sum "$FILE" | cut -d' ' -f1)
WARM="$WORK/warm.bin"
dd if=/dev/urandom of="$WARM" bs=1M count="$WARM_MIB" status=none
(cd "$WORK/parts" && split -n "$PARTS" -d -a 2 "$FILE" big. && split -n "$PARTS" -d -a 2 "$WARM" warm.)
# nginx's workers may run as another user: let them read the file and write the PUT folder.
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$FILE"
chmod 777 "$WORK/dav" "$WORK/dav/tmp"

# --- nginx: the static file and PUT through the dav module, for the whole run --------------------------------------
NGINX_PORT=$(free_port)
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
nginx_conf "$NGINX_PORT" "        location /dav/ {
            root $WORK;
            dav_methods PUT;
            create_full_put_path on;
            client_max_body_size 0;
            client_body_temp_path $WORK/dav/tmp;
        }"
say "starting nginx on $NGINX_BASE…"
start_nginx "$WORK/nginx/nginx.conf" "$NGINX_BASE/big.bin"

# --- Yunpan helpers ------------------------------------------------------------------------------------------------
# The Standard plan holds 5 GiB and files up to 1 GiB; the rounds store the file many times over (as one blob), so the
# default plan is made large enough for them. Nothing else differs from a default installation.
SERVER_ENV=(Plans__Catalog__0__Capacity=$((1024 * 1024 * 1024 * 1024)) Plans__Catalog__0__MaxUpload=$((SIZE > 1073741824 ? SIZE : 1073741824)))
TUS=(-H 'Tus-Resumable: 1.0.0')

# phase_start NAME: a fresh server process for the phase; records its RSS after start-up.
phase_start() {
    stop_server
    say "— phase: $1"
    start_server "${SERVER_ENV[@]}"
    START_KB[$1]=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
}
phase_end() {
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server died during the phase '$1'"
    PEAK_KB[$1]=$(peak_rss_kb "$SERVER_PID")
}
declare -A START_KB PEAK_KB

# stat_sha PATH: the SHA-256 Yunpan records for a drive file.
stat_sha() {
    curl -sS -f -H "$AUTH" "$BASE/api/v1/stat$1" | sed -n 's/.*"sha256"[[:space:]]*:[[:space:]]*"\([0-9a-fA-F]*\)".*/\1/p'
}

# tus_create OUT LENGTH [curl args…]: POST /api/v1/uploads; OUT gets the Location.
tus_create() {
    local out=$1 length=$2 status
    shift 2
    local headers="$WORK/tus/create.$BASHPID.h"
    status=$(curl -sS -o "$headers.body" -D "$headers" -w '%{http_code}' -X POST "${TUS[@]}" -H "$AUTH" \
        -H "Upload-Length: $length" "$@" "$BASE/api/v1/uploads")
    [[ $status == 201 ]] || { cat "$headers.body" >&2; fail "tus creation answered $status"; }
    printf -v "$out" '%s' "$(header "$headers" Location)"
    [[ -n ${!out} ]] || fail "tus creation answered without a Location"
}

# tus_patch LOCATION FILE: the whole file in one PATCH; checks the final offset.
tus_patch() {
    local location=$1 file=$2 size status headers="$WORK/tus/patch.$BASHPID.h"
    size=$(stat -c %s "$file")
    status=$(curl -sS -o "$headers.body" -D "$headers" -w '%{http_code}' -X PATCH "${TUS[@]}" -H "$AUTH" -H 'Expect:' \
        -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' -T "$file" "$BASE$location")
    [[ $status == 204 ]] || { cat "$headers.body" >&2; fail "tus PATCH of $file answered $status"; }
    [[ $(header "$headers" Upload-Offset) == "$size" ]] || fail "tus PATCH of $file ended at offset $(header "$headers" Upload-Offset), expected $size"
    LAST_PATCH_HEADERS=$headers
}

metadata() { echo "filename $(b64 "$2"),folder $(b64 "$1")"; }

# upload_one FILE FOLDER NAME: tus creation + one PATCH.
upload_one() {
    local location
    tus_create location "$(stat -c %s "$1")" -H "Upload-Metadata: $(metadata "$2" "$3")"
    tus_patch "$location" "$1"
    [[ -n $(header "$LAST_PATCH_HEADERS" Yunpan-File-Id) ]] || fail "the last PATCH did not name the stored file"
}

# upload_parts PREFIX FOLDER NAME: the parts $WORK/parts/PREFIX.NN uploaded concurrently, then joined.
upload_parts() {
    local prefix=$1 folder=$2 name=$3 i part pids=() urls="" status
    for part in "$WORK/parts/$prefix".*; do
        i=${part##*.}
        (
            tus_create location "$(stat -c %s "$part")" -H 'Upload-Concat: partial'
            echo "$location" >"$WORK/tus/part.$i.location"
            tus_patch "$location" "$part"
        ) &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || fail "a partial upload failed"
    done
    for part in "$WORK/parts/$prefix".*; do
        urls+=" $(cat "$WORK/tus/part.${part##*.}.location")"
    done
    local headers="$WORK/tus/final.h" t0
    t0=$(now_ns)
    status=$(curl -sS -o "$headers.body" -D "$headers" -w '%{http_code}' -X POST "${TUS[@]}" -H "$AUTH" \
        -H "Upload-Concat: final;${urls# }" -H "Upload-Metadata: $(metadata "$folder" "$name")" "$BASE/api/v1/uploads")
    [[ $status == 201 ]] || { cat "$headers.body" >&2; fail "the final concatenation answered $status"; }
    FINAL_NS=$(($(now_ns) - t0))
    [[ -n $(header "$headers" Yunpan-File-Id) ]] || fail "the final concatenation did not name the stored file"
}

check_stored() { # PATH: Yunpan's SHA-256 of the drive file is the source's
    local got
    got=$(stat_sha "$1")
    [[ $got == "$HASH" ]] || fail "Yunpan stored $1 with SHA-256 '$got', expected $HASH"
}

nginx_put() { # prints bytes/s of one PUT of FILE to /dav/NAME and checks what nginx wrote
    local t0 t1 status
    rm -f "$WORK/dav/$2"
    prefault_page_cache "$PREFAULT_MIB"
    t0=$(now_ns)
    status=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Expect:' -T "$1" "$NGINX_BASE/dav/$2")
    t1=$(now_ns)
    [[ $status == 201 || $status == 204 ]] || { tail -n 5 "$WORK/nginx/error.log" >&2; fail "nginx PUT answered $status"; }
    [[ $(sha256sum "$WORK/dav/$2" | cut -d' ' -f1) == "$(sha256sum "$1" | cut -d' ' -f1)" ]] || fail "nginx stored other bytes than $1"
    rate "$(stat -c %s "$1")" "$((t1 - t0))"
}

# --- Set-up: two members (the second one instant-uploads the first one's file) -------------------------------------
say "— set-up"
start_server "${SERVER_ENV[@]}"
register_member AUTH
register_member AUTH2
curl -sS -f -H "$AUTH" "$BASE/api/v1/me" | grep -q '"total":1099511627776' \
    || fail "the plan override (Plans__Catalog__0__Capacity) did not take: $(curl -sS -H "$AUTH" "$BASE/api/v1/me")"

# --- Phase 1: upload, one stream -----------------------------------------------------------------------------------
phase_start upload-1
upload_one "$WARM" /warm one.bin
best_up1=0
best_put=0
for round in $(seq 1 "$ROUNDS"); do
    prefault_page_cache "$PREFAULT_MIB"
    t0=$(now_ns)
    upload_one "$FILE" /bench "one-$round.bin"
    t1=$(now_ns)
    y=$(rate "$SIZE" "$((t1 - t0))")
    check_stored "/bench/one-$round.bin"
    n=$(nginx_put "$FILE" big.bin)
    say "round $round: Yunpan tus 1 stream $(mb "$y") MB/s, nginx PUT $(mb "$n") MB/s"
    best_up1=$(max "$best_up1" "$y")
    best_put=$(max "$best_put" "$n")
done
phase_end upload-1
BLOB="$WORK/data/blobs/${HASH:0:2}/${HASH:2:2}/$HASH"
[[ -f $BLOB ]] || fail "no blob $BLOB in Yunpan's store"
[[ $(sha256sum "$BLOB" | cut -d' ' -f1) == "$HASH" ]] || fail "Yunpan's blob $BLOB holds other bytes"

# --- Phase 2: upload, PARTS parallel parts + concatenation ---------------------------------------------------------
phase_start upload-parts
upload_parts warm /warm parts.bin
best_upn=0
for round in $(seq 1 "$ROUNDS"); do
    prefault_page_cache "$PREFAULT_MIB"
    t0=$(now_ns)
    upload_parts big /bench "parts-$round.bin"
    t1=$(now_ns)
    y=$(rate "$SIZE" "$((t1 - t0))")
    check_stored "/bench/parts-$round.bin"
    n=$(nginx_put "$FILE" big.bin)
    final_ms=$(awk -v ns="$FINAL_NS" 'BEGIN { printf "%.0f", ns / 1e6 }')
    say "round $round: Yunpan tus $PARTS parts $(mb "$y") MB/s (the final concatenation took $final_ms ms), nginx PUT $(mb "$n") MB/s"
    if awk -v y="$y" -v b="$best_upn" 'BEGIN { exit !(y > b) }'; then best_final_ms=$final_ms; fi
    best_upn=$(max "$best_upn" "$y")
    best_put=$(max "$best_put" "$n")
done
phase_end upload-parts

# --- Phase 3: download ---------------------------------------------------------------------------------------------
phase_start download
URL="$BASE/api/v1/content/bench/one-1.bin"
NGINX_URL="$NGINX_BASE/big.bin"
curl -sS -f -o /dev/null -H "$AUTH" "$BASE/api/v1/content/warm/one.bin"
[[ $(curl -sS -f -H "$AUTH" "$URL" | sha256sum | cut -d' ' -f1) == "$HASH" ]] || fail "Yunpan's download has another SHA-256 than $HASH"
[[ $(curl -sS -f "$NGINX_URL" | sha256sum | cut -d' ' -f1) == "$HASH" ]] || fail "nginx served other bytes"
best_down=0
best_static=0
for round in $(seq 1 "$ROUNDS"); do
    y=$(download -H "$AUTH" "$URL")
    n=$(download "$NGINX_URL")
    say "round $round: Yunpan $(mb "$y") MB/s, nginx $(mb "$n") MB/s"
    best_down=$(max "$best_down" "$y")
    best_static=$(max "$best_static" "$n")
done
phase_end download

# --- Phase 4: instant upload by the second member ------------------------------------------------------------------
cat >"$WORK/answer.py" <<'EOF'
import hashlib, json, sys, time
start = time.perf_counter()
with open(sys.argv[1]) as f:
    challenge = json.load(f)
sha = hashlib.sha256(bytes.fromhex(challenge["nonce"]))
with open(sys.argv[2], "rb") as content:
    for r in challenge["ranges"]:
        content.seek(r["offset"])
        left = r["length"]
        while left > 0:
            chunk = content.read(min(left, 1 << 20))
            if not chunk:
                sys.exit("the file ends before a challenged range")
            sha.update(chunk)
            left -= len(chunk)
print(challenge["id"], sha.hexdigest(), "%.3f" % ((time.perf_counter() - start) * 1000), len(challenge["ranges"]),
      sum(r["length"] for r in challenge["ranges"]))
EOF

# instant_upload FILE HASH PATH: sets START_MS, ANSWER_MS (curl's time_total), PROOF_MS, RANGES, RANGE_BYTES.
instant_upload() {
    local file=$1 hash=$2 path=$3 status id answer line
    read -r status START_MS < <(curl -sS -o "$WORK/challenge.json" -w '%{http_code} %{time_total}\n' -H "$AUTH2" \
        -H 'Content-Type: application/json' -d "{\"path\":\"$path\",\"size\":$(stat -c %s "$file"),\"sha256\":\"$hash\",\"parents\":true}" \
        "$BASE/api/v1/instant-uploads")
    [[ $status == 201 ]] || { cat "$WORK/challenge.json" >&2; fail "the instant-upload start answered $status"; }
    line=$(python3 "$WORK/answer.py" "$WORK/challenge.json" "$file") || fail "could not compute the instant-upload answer"
    read -r id answer PROOF_MS RANGES RANGE_BYTES <<<"$line"
    read -r status ANSWER_MS < <(curl -sS -o "$WORK/answer.json" -w '%{http_code} %{time_total}\n' -H "$AUTH2" \
        -H 'Content-Type: application/json' -d "{\"answer\":\"$answer\"}" "$BASE/api/v1/instant-uploads/$id")
    [[ $status == 201 ]] || { cat "$WORK/answer.json" >&2; fail "the instant-upload answer was refused ($status)"; }
    START_MS=$(awk -v s="$START_MS" 'BEGIN { printf "%.2f", s * 1000 }')
    ANSWER_MS=$(awk -v s="$ANSWER_MS" 'BEGIN { printf "%.2f", s * 1000 }')
}

phase_start instant
instant_upload "$WARM" "$(sha256sum "$WARM" | cut -d' ' -f1)" /warm/instant.bin
: >"$WORK/instant.txt"
: >"$WORK/proof.txt"
for round in $(seq 1 "$INSTANT_ROUNDS"); do
    instant_upload "$FILE" "$HASH" "/instant/copy-$round.bin"
    total=$(awk -v a="$START_MS" -v b="$ANSWER_MS" 'BEGIN { printf "%.2f", a + b }')
    AUTH=$AUTH2 check_stored "/instant/copy-$round.bin"
    say "round $round: instant upload ${total} ms (start $START_MS ms + answer $ANSWER_MS ms); local proof $PROOF_MS ms over $RANGES ranges, $RANGE_BYTES bytes"
    echo "$total $START_MS $ANSWER_MS" >>"$WORK/instant.txt"
    echo "$PROOF_MS" >>"$WORK/proof.txt"
done
phase_end instant
median() { sort -n -k1,1 "$1" | awk '{ v[NR] = $0 } END { print v[int((NR + 1) / 2)] }'; }
read -r instant_ms instant_start_ms instant_answer_ms < <(median "$WORK/instant.txt")
instant_worst=$(sort -n -k1,1 "$WORK/instant.txt" | tail -n 1 | cut -d' ' -f1)
proof_ms=$(median "$WORK/proof.txt")
stop_server

# --- Report --------------------------------------------------------------------------------------------------------
verdict() { # VALUE OP LIMIT
    if awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { exit !((op == ">=") ? v >= l : v < l) }'; then echo MET; else echo MISSED; fi
}
line() { printf '  %-54s %13s %13s %10s   %-9s %s\n' "$@"; }
DOWN_RATIO=$(ratio "$best_down" "$best_static")
UP1_RATIO=$(ratio "$best_up1" "$best_put")
UPN_RATIO=$(ratio "$best_upn" "$best_put")

printf '\n'
printf 'Yunpan transfer benchmark: %d MiB file, every copy SHA-256 verified (%s…); best of %d rounds; %s, %s cores\n' \
    "$SIZE_MIB" "${HASH:0:16}" "$ROUNDS" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)"
printf 'Targets are reported, not enforced.\n\n'
line measure Yunpan nginx value target result
line "download (GET; nginx static, sendfile)" "$(mb "$best_down") MB/s" "$(mb "$best_static") MB/s" "$DOWN_RATIO" ">= 0.95" "$(verdict "$DOWN_RATIO" '>=' 0.95)"
line "upload tus, 1 stream (nginx dav PUT)" "$(mb "$best_up1") MB/s" "$(mb "$best_put") MB/s" "$UP1_RATIO" ">= 0.9" "$(verdict "$UP1_RATIO" '>=' 0.9)"
line "upload tus, $PARTS parallel parts + final (dav PUT)" "$(mb "$best_upn") MB/s" "$(mb "$best_put") MB/s" "$UPN_RATIO" ">= 0.9" "$(verdict "$UPN_RATIO" '>=' 0.9)"
for phase in upload-1 upload-parts download instant; do
    peak=$(kb_mb "${PEAK_KB[$phase]}")
    line "peak RSS, $phase phase (start-up $(kb_mb "${START_KB[$phase]}") MB)" "" "" "$peak MB" "< 150 MB" "$(verdict "$peak" '<' 150)"
done
line "instant upload, start + answer (median of $INSTANT_ROUNDS)" "" "" "$instant_ms ms" "< 50 ms" "$(verdict "$instant_ms" '<' 50)"
printf '\n'
printf '  instant upload: start %s ms + answer %s ms (median round), worst round %s ms; local proof (median, not\n' \
    "$instant_start_ms" "$instant_answer_ms" "$instant_worst"
printf '  in the latency above) %s ms reading %s ranges, %s bytes\n' "$proof_ms" "$RANGES" "$RANGE_BYTES"
printf '  upload in %d parts: the final concatenation POST took %s ms of the best round\n' "$PARTS" "$best_final_ms"
printf '  peak RSS: Yunpan is restarted before each phase, so each peak (VmHWM) covers start-up, a warm-up transfer\n'
printf '  of %d MiB and the phase alone\n' "$WARM_MIB"
exit 0
