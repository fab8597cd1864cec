#!/bin/sh
# planforge in a pipeline, as a plain POSIX shell script (the GitHub and GitLab files in this
# folder run the same steps). From the root of a git checkout holding plans:
#
#   examples/ci/ci.sh [PLAN.xml...]      default: every tracked file named plan.xml
#
# 1. validate every plan (correctness: errors fail the pipeline),
# 2. lint every plan (completeness: warnings are shown, errors such as a TODO fail it),
# 3. render every plan with the version from `git describe` stamped, into $OUT as
#    {id}-{version}.pdf,
# 4. for each plan that existed at the previous tag, write what changed since then to
#    $OUT/<its path, / as ->-changes.txt (planforge diff --git): clients-acme-plan-changes.txt.
#
# Settings (environment): PLANFORGE (the program, default: planforge on the PATH), OUT (the
# folder for PDFs and diffs, default: out), FORMAT (findings format: text, or github inside
# GitHub Actions), JOBS (plans at once, default 2). Exit code: the first failing step's.
set -eu

PLANFORGE=${PLANFORGE:-planforge}
OUT=${OUT:-out}
FORMAT=${FORMAT:-text}
JOBS=${JOBS:-2}

if [ $# -eq 0 ]; then
  # shellcheck disable=SC2046  # plan paths have no spaces in this layout
  set -- $(git ls-files '*plan.xml' 'plan.xml')
fi
if [ $# -eq 0 ]; then
  echo "ci.sh: no plans (no tracked file named plan.xml)" >&2
  exit 2
fi

version=$(git describe --tags --always --dirty)
# The tag before HEAD: the version a reviewer compares against. None on the first release.
previous=$(git describe --tags --abbrev=0 HEAD^ 2>/dev/null || true)
mkdir -p "$OUT"

echo "== validate: $# plan(s)"
"$PLANFORGE" validate "$@" -j "$JOBS" --format "$FORMAT"
echo "== lint"
"$PLANFORGE" lint "$@" -j "$JOBS" --format "$FORMAT"
echo "== render $version"
"$PLANFORGE" render "$@" -j "$JOBS" --format "$FORMAT" --set "version=$version" \
  --out-dir "$OUT" --name '{id}-{version}.pdf'

if [ -z "$previous" ]; then
  echo "== no earlier tag: nothing to compare"
  exit 0
fi
echo "== changes since $previous"
for plan in "$@"; do
  if ! git cat-file -e "$previous:$plan" 2>/dev/null; then
    echo "$plan: new since $previous"
    continue
  fi
  name=$(printf '%s' "${plan%.xml}" | tr '/' '-')
  # diff exits 0 (no change) or 1 (changes) like diff(1); 2 and 3 are trouble.
  status=0
  "$PLANFORGE" diff --git "$previous" "$plan" > "$OUT/$name-changes.txt" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "ci.sh: planforge diff failed for $plan (exit $status)" >&2
    exit "$status"
  fi
  if [ "$status" -eq 0 ]; then echo "$plan: no changes since $previous"; else echo "$plan: changes in $OUT/$name-changes.txt"; fi
done
