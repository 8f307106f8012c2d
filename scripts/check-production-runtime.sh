#!/usr/bin/env bash
# Proves the production image's steps without Docker: a clean copy of the build output with only
# production dependencies (npm ci --omit=dev: no tsx, no Vite, no TypeScript) starts the server
# and answers /readyz. Expects `npm run build` to have run in this checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
runtime="$(mktemp -d)"
chmod 755 "$runtime"
trap 'kill "${server_pid:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$runtime"' EXIT

cp package.json package-lock.json "$runtime/"
cp -r build "$runtime/build"
mkdir -p "$runtime/web" && cp -r web/dist "$runtime/web/dist"
(cd "$runtime" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
for tool in tsx vite; do
  if [ -e "$runtime/node_modules/$tool" ]; then echo "$tool is installed in the runtime" >&2; exit 1; fi
done

port="$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")"
(cd "$runtime" && PORT="$port" DATA_DIR="$runtime/data" LOG_LEVEL=warn node build/server.js) &
server_pid=$!
for _ in $(seq 1 90); do
  if curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; then
    echo "production runtime: build/server.js with --omit=dev answered /readyz on port $port"
    exit 0
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then echo "the production server exited" >&2; exit 1; fi
  sleep 1
done
echo "the production server did not answer /readyz within 90 s" >&2
exit 1
