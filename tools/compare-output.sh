#!/usr/bin/env bash
# Compare the `extract --jsonl` output of the working tree with that of
# another revision on the same input, to check that a change meant to be
# behaviour-preserving (a speed-up, a refactor) really is.
#
#   tools/compare-output.sh REV INPUT.jsonl
#
# REV is any git revision (e.g. HEAD, main~3). INPUT.jsonl holds
# {"id", "text", "lang"?, "date"?} lines (the extract example's contract).
# Prints "identical" or the number of differing lines and the first ones,
# and exits 1 when they differ. Builds REV in a temporary worktree with its
# own target directory (the first run takes about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: tools/compare-output.sh REV INPUT.jsonl}
input=${2:?usage: tools/compare-output.sh REV INPUT.jsonl}
input=$(realpath "$input")
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --quiet --detach "$work/tree" "$rev"
target=${COMPARE_TARGET_DIR:-target/compare-output}
mkdir -p "$target"
target=$(realpath "$target")
(cd "$work/tree" && CARGO_TARGET_DIR="$target" cargo build --quiet --release --example extract)
"$target/release/examples/extract" --jsonl "$input" > "$work/old.jsonl"
cargo build --quiet --release --example extract
target/release/examples/extract --jsonl "$input" > "$work/new.jsonl"

if cmp -s "$work/old.jsonl" "$work/new.jsonl"; then
  echo "identical: $(wc -l < "$work/new.jsonl") documents"
  exit 0
fi
n=$(diff "$work/old.jsonl" "$work/new.jsonl" | grep -c '^<' || true)
echo "$n of $(wc -l < "$work/new.jsonl") documents differ; first differences (old <, new >):"
diff "$work/old.jsonl" "$work/new.jsonl" | cut -c1-300 | head -20
exit 1
