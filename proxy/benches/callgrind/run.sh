#!/bin/bash
# Instructions per request of palisade-proxy, counted by callgrind (see README.md here).
# usage: run.sh BIN MODE N TAG   (SHAPE=bench for the load bench's GET; default get_1k)
# Writes $OUT/cg.TAG[.bench].MODE.N (OUT defaults to /tmp/palisade-callgrind).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
BIN=$1; MODE=$2; N=$3; TAG=$4${SHAPE:+.$SHAPE}
OUT=${OUT:-/tmp/palisade-callgrind}; mkdir -p "$OUT"
UP=$((20000 + RANDOM % 1000)); PX=$((21000 + RANDOM % 1000))
python3 "$HERE/drive.py" upstream $UP & UPID=$!
cat > "$OUT/cfg.$TAG.$MODE.yaml" <<YAML
listen: "127.0.0.1:$PX"
upstream: "127.0.0.1:$UP"
admin: ""
mode: $MODE
paranoia: 1
threads: 1
alerts:
  output: none
log:
  level: warn
YAML
nice -n 10 valgrind --tool=callgrind $VGEXTRA --callgrind-out-file="$OUT/cg.$TAG.$MODE.$N" \
  "$BIN" --config "$OUT/cfg.$TAG.$MODE.yaml" 2>"$OUT/vg.$TAG.$MODE.$N.log" & VPID=$!
for i in $(seq 1 600); do (echo > /dev/tcp/127.0.0.1/$PX) 2>/dev/null && break; sleep 0.2; done
python3 "$HERE/drive.py" client $PX $N
kill -TERM $VPID; wait $VPID || true
kill $UPID; wait $UPID 2>/dev/null || true
grep -h "^totals:\|^summary:" "$OUT/cg.$TAG.$MODE.$N" | tail -1
