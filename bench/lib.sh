# Shared shell functions of the benchmarks in bench/. Source it after setting BENCH_NAME (the prefix of error
# messages) and REPO; the caller runs with `set -euo pipefail`.
#
#   bench_prerequisites   dotnet, curl, sha256sum, awk, /proc; nginx (installed with apt-get when root)
#   bench_workdir         creates $WORK and installs the EXIT/INT/TERM traps that stop $SERVER_PID and $NGINX_PID
#   free_port [taken…]    a free loopback port
#   publish_server        dotnet publish -c Release into $PUBLISH (or reuses PUBLISH_DIR with NO_BUILD=1)
#   start_server ENV…     starts the published server on $BASE with data in $WORK/data; sets SERVER_PID
#   stop_server           stops it (SIGTERM, then SIGKILL after 5 s)
#   register_member VAR   registers a new member and stores "Authorization: Bearer <token>" in VAR
#   start_nginx CONF URL  starts nginx in the foreground with CONF, waits until URL answers; sets NGINX_PID
#   peak_rss_kb PID, mb BYTES, kb_mb KB, max A B

say() { printf '%s\n' "$*" >&2; }
fail() { say "$BENCH_NAME: $*"; exit 1; }

need() {
    command -v "$1" >/dev/null 2>&1 || { say "$BENCH_NAME: '$1' is required but not installed. $2"; exit 2; }
}

bench_prerequisites() {
    need dotnet "Install the .NET 10 SDK (see global.json)."
    need curl "Install it with: apt-get install -y curl"
    need sha256sum "Install coreutils."
    need awk "Install gawk or mawk."
    [[ -r /proc/self/status ]] || fail "/proc is needed to read the server's peak memory (Linux only)."

    if ! command -v nginx >/dev/null 2>&1; then
        if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            say "nginx is missing; installing it (apt-get install -y nginx) to serve as the peer…"
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null \
                || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; } \
                || fail "could not install nginx; install it yourself (apt-get install -y nginx) and run again."
        else
            say "$BENCH_NAME: nginx is required as the peer. Install it with: sudo apt-get install -y nginx"
            exit 2
        fi
    fi
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
}

SERVER_PID=""
NGINX_PID=""

stop_pid() {
    local pid=$1
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}

bench_cleanup() {
    local status=$?
    stop_pid "$SERVER_PID"
    stop_pid "$NGINX_PID"
    if [[ ${KEEP:-0} == 1 ]]; then
        say "kept $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}

bench_workdir() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/yunpan-bench.XXXXXX")
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# A port no socket uses, below the kernel's ephemeral range (where client connections take their local ports) and
# different from the ones already chosen.
free_port() {
    local port low=20000 high=32767
    for _ in $(seq 1 200); do
        port=$((low + RANDOM % (high - low)))
        [[ " $* " == *" $port "* ]] && continue
        if command -v ss >/dev/null 2>&1; then
            [[ -z $(ss -Htan "( sport = :$port )" 2>/dev/null) ]] || continue
        fi
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "found no free port"
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000000 }'; }
kb_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k * 1024 / 1000000 }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > a ? b : a) }'; }

peak_rss_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# prefault_page_cache MIB: writes and deletes a scratch file of MIB MiB, right before a timed write.
# A virtual machine whose balloon driver reports free memory back to its host (free page reporting) gives memory back
# within seconds of its release, and the next first touch of each page then costs a fault in the host: measured here,
# writing 1 GiB to such pages took 2.3-2.8 s, and 0.25-0.56 s to pages just freed. Which server meets which kind of
# page would otherwise decide the ratio, so every timed upload, Yunpan's and the peer's alike, starts right after
# this, on pages the guest holds.
prefault_page_cache() {
    dd if=/dev/zero of="$WORK/prefault.bin" bs=1M count="$1" status=none
    rm -f "$WORK/prefault.bin"
}

publish_server() {
    PUBLISH=${PUBLISH_DIR:-$WORK/publish}
    if [[ ${NO_BUILD:-0} != 1 ]]; then
        say "publishing the server (Release)…"
        dotnet publish "$REPO/src/Yunpan.Server/Yunpan.Server.csproj" -c Release -o "$PUBLISH" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
            || { tail -n 30 "$WORK/publish.log" >&2; fail "dotnet publish failed"; }
    fi
    [[ -f $PUBLISH/Yunpan.Server.dll ]] || fail "no Yunpan.Server.dll in $PUBLISH"
}

# start_server [NAME=VALUE…]: the published server on $BASE (chosen on the first start, kept on restarts) with its
# data in $WORK/data and its log appended to $WORK/server.log; returns when /healthz answers.
start_server() {
    if [[ -z ${PORT:-} ]]; then
        PORT=$(free_port)
        BASE="http://127.0.0.1:$PORT"
    fi
    mkdir -p "$WORK/data" "$WORK/run"
    say "starting Yunpan on $BASE…"
    (
        cd "$WORK/run"
        exec env ASPNETCORE_URLS="$BASE" Yunpan__DataDirectory="$WORK/data" "$@" \
            DOTNET_NOLOGO=1 dotnet "$PUBLISH/Yunpan.Server.dll" >>"$WORK/server.log" 2>&1
    ) &
    SERVER_PID=$!

    for _ in $(seq 1 120); do
        curl -sf -o /dev/null "$BASE/healthz" && break
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK/server.log" >&2; fail "the server exited during start-up"; }
        sleep 0.5
    done
    curl -sf -o /dev/null "$BASE/healthz" || { tail -n 30 "$WORK/server.log" >&2; fail "the server did not become healthy in 60 s"; }
}

stop_server() {
    stop_pid "$SERVER_PID"
    SERVER_PID=""
}

# register_member VAR: a new member with an access token; VAR gets the Authorization header line.
register_member() {
    local email="bench-$RANDOM$RANDOM@example.com" password="bench-password-$RANDOM" status token
    status=$(curl -sS -o "$WORK/register.json" -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$BASE/api/v1/auth/register")
    [[ $status == 201 ]] || { cat "$WORK/register.json" >&2; fail "registration answered $status"; }
    status=$(curl -sS -o "$WORK/token.json" -w '%{http_code}' -u "$email:$password" -H 'Content-Type: application/json' \
        -d '{"name":"bench"}' "$BASE/api/v1/auth/tokens")
    [[ $status == 201 ]] || { cat "$WORK/token.json" >&2; fail "token creation answered $status"; }
    token=$(sed -n 's/.*"token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$WORK/token.json")
    [[ -n $token ]] || fail "no token in $(cat "$WORK/token.json")"
    printf -v "$1" '%s' "Authorization: Bearer $token"
}

# nginx_conf PORT [EXTRA]: writes $WORK/nginx/nginx.conf, the plain peer of every benchmark: one worker (Yunpan is one
# process too), sendfile, the files of $WORK/www at /, and EXTRA (more configuration inside the server block, such as
# a location) as given.
nginx_conf() {
    mkdir -p "$WORK/nginx"
    cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    types { application/octet-stream bin; }
    server {
        listen 127.0.0.1:$1;
        root $WORK/www;
${2:-}
    }
}
EOF
}

# start_nginx CONF URL: nginx in the foreground (so that its pid is ours to stop) with the given configuration.
start_nginx() {
    local conf=$1 url=$2 prefix
    prefix=$(dirname "$conf")
    "$NGINX" -p "$prefix" -c "$conf" -e "$prefix/error.log" &
    NGINX_PID=$!
    for _ in $(seq 1 50); do
        curl -sf -o /dev/null -r 0-0 "$url" && break
        kill -0 "$NGINX_PID" 2>/dev/null || { cat "$prefix/error.log" >&2; fail "nginx exited during start-up"; }
        sleep 0.1
    done
}

download() { # prints bytes/s; checks the length against $SIZE
    local speed size
    read -r speed size < <(curl -sS -f -o /dev/null -w '%{speed_download} %{size_download}\n' "$@")
    [[ $size == "$SIZE" ]] || fail "a download of $* returned $size bytes, expected $SIZE"
    echo "$speed"
}
