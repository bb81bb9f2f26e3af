#!/bin/bash
# Incremental rebuild benchmark (run by hand): a full build of N synthetic
# dumps with the search index, then ADDS times: add one dump, build again
# (only changed files written; from the third build on, staged into the
# spare site the build before last left in .chronique/cache/spare).
#   bash scripts/bench-incremental.sh [N] [ADDS]     (default 4000 5)
# The last run's folder is set aside, not removed: on ext4, new files are slow
# to make for a minute or more after many deletions (BENCHMARKS.md, ninth
# round). Remove /tmp/chronique-inc-set-aside-* by hand once every run is done.
set -e
N=${1:-4000}
ADDS=${2:-5}
R=$(cd "$(dirname "$0")/.." && pwd)
W=/tmp/chronique-inc-$N
if [ -d $W ]; then mv $W /tmp/chronique-inc-set-aside-$$; echo "set aside: /tmp/chronique-inc-set-aside-$$"; fi
mkdir -p $W
if [ -d /tmp/chronique-bench/seeds-$N ]; then cp -r /tmp/chronique-bench/seeds-$N $W/seeds
else npx --prefix "$R" tsx "$R/scripts/synth-dumps.ts" --count "$N" --out $W/seeds >/dev/null; fi
npx --prefix "$R" tsx "$R/scripts/synth-dumps.ts" --count "$ADDS" --out $W/extra --seed 7 >/dev/null
cd $W
/usr/bin/time -f "full build: wall %e s, peak RSS %M KB" node "$R/src/bin.js" build --seeds seeds --out dist --config "$R/chronique.yaml" 2>&1 >/dev/null | tail -1
for i in $(seq 0 $((ADDS - 1))); do
  sleep 5
  cp extra/synth_$i.txt seeds/zz_added_$i.txt
  /usr/bin/time -f "add one dump: wall %e s" node "$R/src/bin.js" build --seeds seeds --out dist --config "$R/chronique.yaml" >$W/inc-$i.out 2>&1
  grep -E "^time:|^incremental:|^add one dump:" $W/inc-$i.out
done
