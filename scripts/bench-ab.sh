#!/bin/bash
# Two versions of Chronique, alternately, on the same seeds (run by hand):
#   bash scripts/bench-ab.sh N SEEDS_DIR REPO_A REPO_B [build flags]
# e.g. git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/
#      bash scripts/bench-ab.sh 5 /tmp/chronique-bench/seeds-4000 /tmp/base .
# Builds into $ABDIR (default /dev/shm/chronique-ab, a RAM disk), without
# search or cache, A then B, N times; prints each run (wall s, peak RSS KB,
# the build's time line) and the median wall time and peak RSS of each.
# One version with two sets of flags: REPO_A = REPO_B, and $A_FLAGS / $B_FLAGS
# (added to A's or B's command line), e.g.
#      A_FLAGS=--no-low-memory B_FLAGS=--low-memory ABDIR=/tmp/ab bash scripts/bench-ab.sh 3 /tmp/chronique-bench/seeds-40000 . .
set -e
n=$1; seeds=$(cd "$2" && pwd); A=$(cd "$3" && pwd); B=$(cd "$4" && pwd); shift 4
w=${ABDIR:-/dev/shm/chronique-ab}; mkdir -p $w; cd $w; : > $w/log.txt
for i in $(seq $n); do
  for v in A B; do
    if [ $v = A ]; then r=$A; flags=${A_FLAGS:-}; else r=$B; flags=${B_FLAGS:-}; fi
    # Set aside, removed at the end: on ext4, files made soon after many were deleted cost more (scripts/bench.ts, setAside).
    mkdir -p $w/set-aside; [ -e $w/dist ] && mv $w/dist $w/set-aside/dist-$i-$v; rm -rf $w/.chronique; sync
    /usr/bin/time -f "%e %M" -o $w/t.txt node "$r/src/bin.js" build --seeds "$seeds" --out $w/dist --no-search --no-cache --config "$B/chronique.yaml" $flags "$@" > $w/out.txt 2>/dev/null
    echo "$v $(cat $w/t.txt) $(grep '^time:' $w/out.txt | sed 's/time: //')" | tee -a $w/log.txt
  done
done
rm -rf $w/set-aside
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for v in A B; do echo "$v median wall: $(grep "^$v " $w/log.txt | awk '{print $2}' | median) s, median peak RSS: $(grep "^$v " $w/log.txt | awk '{print $3}' | median) KB"; done
