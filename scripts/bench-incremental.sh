#!/bin/bash
# Incremental rebuild benchmark (run by hand): a full build of N synthetic
# dumps, then 3 times: add one dump, build again (only changed files written).
#   bash scripts/bench-incremental.sh [N]     (default 4000)
set -e
N=${1:-4000}
R=$(cd "$(dirname "$0")/.." && pwd)
W=/tmp/chronique-inc-$N; rm -rf $W; mkdir -p $W
npx --prefix "$R" tsx "$R/scripts/synth-dumps.ts" --count "$N" --out $W/seeds >/dev/null
npx --prefix "$R" tsx "$R/scripts/synth-dumps.ts" --count 3 --out $W/extra --seed 7 >/dev/null
cd $W
/usr/bin/time -f "full build: wall %e s, peak RSS %M KB" node "$R/src/bin.js" build --seeds seeds --out dist --config "$R/chronique.yaml" 2>&1 >/dev/null | tail -1
for i in 0 1 2; do
  cp extra/synth_$i.txt seeds/zz_added_$i.txt
  /usr/bin/time -f "add one dump: wall %e s" node "$R/src/bin.js" build --seeds seeds --out dist --config "$R/chronique.yaml" 2>&1 >$W/inc-$i.out | tail -1
  grep -E "^time:|^incremental:" $W/inc-$i.out
done
