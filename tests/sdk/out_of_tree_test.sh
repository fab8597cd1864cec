#!/usr/bin/env bash
# The SDK as a third party uses it: install planforge into a temporary prefix, build the
# out-of-tree example plugin (examples/risk-register) against it with find_package(planforge),
# render a plan with it, then move the install elsewhere and render again (relocatable), and
# start a new plugin with `planforge new-plugin` and render that too. The SWOT example
# (examples/swot) and the balanced scorecard (examples/balanced-scorecard, docs/plugins.md's
# tutorial) are built the same way and read back.
#   out_of_tree_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in bin/planforge include/planforge/plugin.hpp include/planforge/version.hpp \
         lib/cmake/planforge/planforge-config.cmake lib/cmake/planforge/PlanforgePlugin.cmake \
         share/planforge/templates/default/theme.xml; do
  [ -e "$work/prefix/$f" ] || fail "install lacks $f"
done
ls "$work/prefix"/lib/planforge/plugins/planforge-mission.so >/dev/null || fail "bundled plugins not installed"

# Build the example plugin with nothing but the installed package.
cmake -S "$src/examples/risk-register" -B "$work/rr" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/rr" >/dev/null
plugin=$(ls "$work"/rr/planforge-risk-register.so) || fail "plugin not built"

# Its codes file (CODES) is checked while configuring: a malformed line is named by file:line.
cp -r "$src/examples/risk-register" "$work/rr-bad"
sed -i 's/^risk-register\/no-mitigation  warning/risk-register\/no-mitigation  warn/' "$work/rr-bad/risk_register.codes"
if cmake -S "$work/rr-bad" -B "$work/rr-bad/build" -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/bad.log" 2>&1; then
  fail "a codes file with an unknown severity configured"
fi
# (CMake wraps a long message: read it as one line.)
tr -s ' \n' ' ' <"$work/bad.log" | grep -q "risk_register.codes:4: severity 'warn' is none of note, warning, error" ||
  fail "the codes file's error lacks file:line: $(cat "$work/bad.log")"
# A summary's ';' or unmatched '[' stays in its own line's summary (CMake lists split at ';'
# and not inside brackets).
cp "$src/examples/risk-register/risk_register.codes" "$work/rr-bad/risk_register.codes"
sed -i 's/a risk register without risks/a register [of risks; empty/' "$work/rr-bad/risk_register.codes"
cmake -S "$work/rr-bad" -B "$work/rr-bad/build" -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/bad.log" 2>&1 ||
  fail "a codes file with '[' and ';' in a summary does not configure: $(cat "$work/bad.log")"
header=$(cat "$work"/rr-bad/build/*_codes/risk_register_codes.hpp)
grep -qF '"a register [of risks; empty"}' <<<"$header" || fail "the summary with '[' and ';' was not kept: $header"
grep -qF '"risk-register/no-mitigation"' <<<"$header" || fail "a '[' joined the next code to a summary: $header"

# The SWOT tutorial plugin: grids of wrapped rich text, goal labels, render warnings.
cmake -S "$src/examples/swot" -B "$work/swot" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/swot" >/dev/null || fail "the SWOT example does not build"

# The balanced-scorecard tutorial plugin (docs/plugins.md builds it step by step).
cmake -S "$src/examples/balanced-scorecard" -B "$work/bsc" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" >/dev/null  # warning-clean, designated initialisers and all
cmake --build "$work/bsc" >/dev/null || fail "the balanced-scorecard example does not build"

# The installed program finds its own bundled plugins and templates; the new one via --plugin-path.
mv "$work/prefix" "$work/moved"   # relocatable: nothing may point into the old prefix
"$work/moved/bin/planforge" plugins --plugin-path "$work/rr" > "$work/plugins.txt"
grep -q "risk-register" "$work/plugins.txt" || fail "plugins does not list risk-register"
grep -q "mission" "$work/plugins.txt" || fail "plugins does not list the bundled mission plugin"
SOURCE_DATE_EPOCH=1767225600 "$work/moved/bin/planforge" render "$src/examples/risk-register/plan.xml" \
  -o "$work/risks.pdf" --plugin-path "$work/rr" || fail "render with the out-of-tree plugin failed"
text=$(pdftotext "$work/risks.pdf" -)
for want in "Programme risks" "Loss of senior" "Risk heatmap" "Almost certain" "Severe"; do
  grep -q "$want" <<<"$text" || fail "rendered PDF lacks '$want'"
done
qpdf --check "$work/risks.pdf" >/dev/null || fail "qpdf --check failed"

# Its catalogue was built beside it and speaks the plan's language: German and Polish words,
# Polish plural forms, no English word of the plugin left.
ls "$work"/rr/planforge-risk-register.messages/de.messages >/dev/null || fail "the plugin's catalogues were not copied"
for tag in de pl; do
  sed "s/lang=\"en\"/lang=\"$tag\"/" "$src/examples/risk-register/plan.xml" > "$work/plan-$tag.xml"
  "$work/moved/bin/planforge" render "$work/plan-$tag.xml" -o "$work/risks-$tag.pdf" --plugin-path "$work/rr" >/dev/null || fail "render in $tag failed"
  text=$(pdftotext "$work/risks-$tag.pdf" - | tr '\n' ' ')
  case $tag in
    de) wants=("Risikomatrix: 6 Risiken nach" "Fast sicher" "Schwerwiegend" "Risikowert" "Niedrig (Risikowert 1–7)") ;;
    pl) wants=("Mapa ryzyk: 6 ryzyk według" "Niemal pewne" "Krytyczny" "Działania zaradcze") ;;
  esac
  for want in "${wants[@]}"; do grep -q "$want" <<<"$text" || fail "$tag: rendered PDF lacks '$want'"; done
  for english in "Risk heatmap" "Almost certain" "Likelihood" "Mitigation" "Medium (8"; do
    if grep -q "$english" <<<"$text"; then fail "$tag: English '$english' is left"; fi
  done
done

"$work/moved/bin/planforge" render "$src/examples/swot/plan.xml" -o "$work/swot.pdf" \
  --plugin-path "$work/swot" 2>"$work/swot.err" || fail "render with the SWOT plugin failed: $(cat "$work/swot.err")"
[ ! -s "$work/swot.err" ] || fail "the SWOT example renders with diagnostics: $(cat "$work/swot.err")"
text=$(pdftotext -layout "$work/swot.pdf" -)
for want in "Strengths" "Weaknesses" "Opportunities" "Threats" "Deep product know-how:" \
            "G3 (p. " "G1 (p. " "The goals and what bears on them" "G2 Resolve issues at the first contact"; do
  grep -qF "$want" <<<"$text" || fail "the SWOT PDF lacks '$want'"
done
# Strengths and Weaknesses side by side: both titles on one line of the page.
grep -qE "Strengths +Weaknesses" <<<"$text" || fail "the SWOT quadrants are not side by side"
# A warning from render(), with the element's place; the document is still written.
sed -e '/<threat /,/<\/threat>/d' "$src/examples/swot/plan.xml" > "$work/no-threats.xml"
"$work/moved/bin/planforge" render "$work/no-threats.xml" -o "$work/no-threats.pdf" \
  --plugin-path "$work/swot" 2>"$work/warn.err" || fail "a render warning failed the run"
grep -qE "no-threats.xml:[0-9]+:[0-9]+: warning: the SWOT analysis lists no threat \[swot/empty-quadrant\]" "$work/warn.err" \
  || fail "no located render warning with its code: $(cat "$work/warn.err")"
if "$work/moved/bin/planforge" render "$work/no-threats.xml" -o "$work/strict.pdf" --plugin-path "$work/swot" \
     --werror 2>/dev/null; then fail "--werror let a render warning pass"; fi
# validate runs render() too: the same warning, at the same place.
"$work/moved/bin/planforge" validate "$work/no-threats.xml" --plugin-path "$work/swot" 2>"$work/validate.err" \
  || fail "validate failed on a render warning"
grep -qE "no-threats.xml:[0-9]+:[0-9]+: warning: the SWOT analysis lists no threat \[swot/empty-quadrant\]" "$work/validate.err" \
  || fail "validate does not report the render warning: $(cat "$work/validate.err")"
# Suppressed on the section like any warning: nothing reported, and the suppression is used
# (so neither render nor validate calls it unused).
sed -e 's|<section type="swot" id="swot"|<section type="swot" id="swot" suppress="swot/empty-quadrant: no threat this year"|' \
  "$work/no-threats.xml" > "$work/suppressed.xml"
grep -q 'suppress="swot/empty-quadrant' "$work/suppressed.xml" || fail "the test could not add the suppression"
for command in "render -o $work/suppressed.pdf" validate; do
  "$work/moved/bin/planforge" $command "$work/suppressed.xml" --plugin-path "$work/swot" \
    --werror 2>"$work/suppressed.err" || fail "$command: a suppressed render warning failed the run: $(cat "$work/suppressed.err")"
  if grep -qE "warning:|error:" "$work/suppressed.err"; then fail "$command: $(cat "$work/suppressed.err")"; fi
done

# The balanced scorecard: what a reader sees, four perspectives side by side in two rows, the
# goals' and KPIs' labels (published by the mission and kpis plugins) as links to them.
"$work/moved/bin/planforge" render "$src/examples/balanced-scorecard/plan.xml" -o "$work/bsc.pdf" \
  --plugin-path "$work/bsc" 2>"$work/bsc.err" || fail "render with the scorecard plugin failed: $(cat "$work/bsc.err")"
[ ! -s "$work/bsc.err" ] || fail "the scorecard example renders with diagnostics: $(cat "$work/bsc.err")"
qpdf --check "$work/bsc.pdf" >/dev/null || fail "qpdf --check failed on the scorecard"
text=$(pdftotext "$work/bsc.pdf" - | tr '\n' ' ' | tr -s ' ')
for want in "The Service Scorecard" "To succeed financially" "F1 Grow service revenue to 12 % of sales" \
            "L3 Recognise service, not heroics" "Maintenance contract renewal rate: 85 % by 2028" \
            "Owner: Help Desk Manager · serves G2" "Customer advisory board meetings: two a year from 2027"; do
  grep -qF "$want" <<<"$text" || fail "the scorecard PDF lacks '$want'"
done
text=$(pdftotext -layout "$work/bsc.pdf" -)
grep -qE "Financial +Customer" <<<"$text" || fail "the financial and customer perspectives are not side by side"
grep -qE "Internal process +Learning and growth" <<<"$text" \
  || fail "the internal process and learning and growth perspectives are not side by side"
# Each measure's KPI (12), each objective's goals (11) and the introduction's reference are
# links on the scorecard's page, the last: a link wrapped over two lines has a rectangle each.
links=$(qpdf --json=2 "$work/bsc.pdf" | python3 -c '
import json, sys
doc = json.load(sys.stdin)
objects = doc["qpdf"][1]
page = objects["obj:" + doc["pages"][-1]["object"]]["value"]
annots = page.get("/Annots", [])
if isinstance(annots, str): annots = objects["obj:" + annots]["value"]
print(sum(objects["obj:" + a]["value"].get("/Subtype") == "/Link" for a in annots))')
[ "$links" -ge 24 ] || fail "the scorecard page has $links links, fewer than its 24 references"
# A planted mistake, a misspelt KPI: an error at file:line:col with a did-you-mean, nothing written.
sed -e 's/kpi="k-nps"/kpi="k-npz"/' "$src/examples/balanced-scorecard/plan.xml" > "$work/bsc-typo.xml"
if "$work/moved/bin/planforge" render "$work/bsc-typo.xml" -o "$work/bsc-typo.pdf" --plugin-path "$work/bsc" \
     2>"$work/bsc-typo.err"; then fail "a measure naming an unknown KPI rendered"; fi
line=$(grep -n 'kpi="k-nps"' "$src/examples/balanced-scorecard/plan.xml" | cut -d: -f1)
grep -qE "bsc-typo.xml:$line:[0-9]+: error: <measure> references unknown kpi 'k-npz' \[id/unknown-reference\]" \
  "$work/bsc-typo.err" || fail "no located error for the unknown KPI: $(cat "$work/bsc-typo.err")"
grep -qF "k-nps" "$work/bsc-typo.err" || fail "no did-you-mean hint for the unknown KPI"
[ ! -e "$work/bsc-typo.pdf" ] || fail "a plan with errors wrote a PDF"
# The plugin's own codes: an objective without a measure (validate) and an empty perspective
# (render), each a located warning; the document is still written.
sed -e '/<measure target="two a year/d' -e '/<financial>/,/<\/financial>/{/<financial>/!{/<\/financial>/!d}}' \
  "$src/examples/balanced-scorecard/plan.xml" > "$work/bsc-warn.xml"
"$work/moved/bin/planforge" render "$work/bsc-warn.xml" -o "$work/bsc-warn.pdf" --plugin-path "$work/bsc" \
  2>"$work/bsc-warn.err" || fail "the scorecard's warnings failed the run: $(cat "$work/bsc-warn.err")"
grep -qE "bsc-warn.xml:[0-9]+:[0-9]+: warning: objective 'Hear customers before they leave' has no measure \[balanced-scorecard/no-measure\]" \
  "$work/bsc-warn.err" || fail "no located no-measure warning: $(cat "$work/bsc-warn.err")"
grep -qE "bsc-warn.xml:[0-9]+:[0-9]+: warning: the scorecard has no objective in <financial> \[balanced-scorecard/empty-perspective\]" \
  "$work/bsc-warn.err" || fail "no located empty-perspective warning: $(cat "$work/bsc-warn.err")"
pdftotext "$work/bsc-warn.pdf" - | grep -qF "No objective set yet." || fail "the empty perspective does not say so"
# Its words come from its catalogue in the plan's language: Kaplan and Norton's perspectives
# as German and French readers know them, no English word of the plugin's left.
for tag in de fr; do
  sed "s/lang=\"en\"/lang=\"$tag\"/" "$src/examples/balanced-scorecard/plan.xml" > "$work/bsc-$tag.xml"
  "$work/moved/bin/planforge" render "$work/bsc-$tag.xml" -o "$work/bsc-$tag.pdf" --plugin-path "$work/bsc" >/dev/null \
    || fail "the scorecard does not render in $tag"
  text=$(pdftotext "$work/bsc-$tag.pdf" - | sed 's/\xc2\xa0/ /g' | tr '\n' ' ' | tr -s ' ')  # no-break spaces too
  case $tag in
    de) wants=("Finanzperspektive" "Lern- und Entwicklungsperspektive" "Verantwortlich: Help Desk Manager · für G2") ;;
    fr) wants=("Finances" "Apprentissage et croissance" "actionnaires ?" "Responsable : Help Desk Manager · pour G2") ;;
  esac
  for want in "${wants[@]}"; do grep -qF "$want" <<<"$text" || fail "$tag: the scorecard lacks '$want'"; done
  for english in "To succeed financially" "Owner:" "serves" "Learning and growth"; do
    if grep -qF "$english" <<<"$text"; then fail "$tag: the scorecard's English '$english' is left"; fi
  done
done

# Designated initialisers leaving members out, built with -Wall -Wextra -Werror (GCC 12's
# -Wmissing-field-initializers included): the SDK headers are warning-clean. No
# default_title: the section is named from its type.
cmake -S "$src/tests/sdk/designated" -B "$work/designated" -DCMAKE_PREFIX_PATH="$work/moved" >/dev/null
cmake --build "$work/designated" >"$work/designated.log" 2>&1 \
  || fail "the designated-initialiser plugin does not build warning-free: $(grep -m5 -E 'error|warning' "$work/designated.log")"
cat > "$work/designated.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<plan format="1" id="designated" version="1.0.0" lang="en">
  <meta><title>Designated</title><client>C</client><prepared-by>P</prepared-by><date>2026-11-15</date></meta>
  <section type="designated-check" id="d"/>
</plan>
XML
"$work/moved/bin/planforge" render "$work/designated.xml" -o "$work/designated.pdf" --plugin-path "$work/designated" \
  2>"$work/designated.err" || fail "the designated-initialiser plugin does not render: $(cat "$work/designated.err")"
grep -qE "designated.xml:[0-9]+:[0-9]+: warning: the section is empty \[designated-check/empty\]" "$work/designated.err" \
  || fail "the designated plugin's render warning is missing: $(cat "$work/designated.err")"
text=$(pdftotext "$work/designated.pdf" - | tr '\n' ' ')
for want in "Designated check" "Designated initialisers" "Cells and rows" "left" "right"; do
  grep -qF "$want" <<<"$text" || fail "the designated plugin's PDF lacks '$want'"
done

# A new plugin from the skeleton builds and renders without any change.
(cd "$work" && "$work/moved/bin/planforge" new-plugin widget-list >/dev/null) || fail "new-plugin failed"
cmake -S "$work/widget-list" -B "$work/wl" -DCMAKE_PREFIX_PATH="$work/moved" >/dev/null
cmake --build "$work/wl" >/dev/null || fail "the new plugin does not build"
"$work/moved/bin/planforge" render "$work/widget-list/example.xml" -o "$work/wl.pdf" --plugin-path "$work/wl" \
  || fail "the new plugin does not render"
pdftotext "$work/wl.pdf" - > "$work/wl.txt"
grep -q "First item" "$work/wl.txt" || fail "the new plugin's table is missing"
grep -q "2 items" "$work/wl.txt" || fail "the new plugin's caption (from its catalogue) is missing"
echo "out-of-tree SDK test: 1 passed, 0 failed"
