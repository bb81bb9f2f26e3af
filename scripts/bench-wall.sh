#!/bin/bash
# Median wall time and peak RSS of N full builds of a seeds folder (run by hand):
#   bash scripts/bench-wall.sh N SEEDS_DIR [build flags]   e.g. 3 /tmp/chronique-bench/seeds-4000 --lean
# Builds into $WALLDIR (default /dev/shm/chronique-wall, a RAM disk: the disk's
# noise left out), without search or cache. Prints each run ("wall s, peak RSS
# KB, the build's own total") sorted, then the median.
set -e
n=$1; seeds=$(cd "$2" && pwd); shift 2
R=$(cd "$(dirname "$0")/.." && pwd)
w=${WALLDIR:-/dev/shm/chronique-wall}; mkdir -p $w; cd $w
for i in $(seq $n); do
  # Set aside, removed at the end: on ext4, files made soon after many were deleted cost more (scripts/bench.ts, setAside).
  mkdir -p $w/set-aside; [ -e $w/dist ] && mv $w/dist $w/set-aside/dist-$i; rm -rf $w/.chronique; sync
  /usr/bin/time -f "%e %M" -o $w/t.txt node "$R/src/bin.js" build --seeds "$seeds" --out $w/dist --no-search --no-cache --config "$R/chronique.yaml" "$@" > $w/out.txt 2>/dev/null
  echo "$(cat $w/t.txt) $(grep '^time:' $w/out.txt | sed 's/.*total //')"
done | sort -n | awk '{a[NR]=$0} END {print "runs (wall s, peak RSS KB, build total):"; for (i=1;i<=NR;i++) print "  " a[i]; print "median: " a[int((NR+1)/2)]}'
rm -rf $w/set-aside
