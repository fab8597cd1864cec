#!/bin/sh
# Draws escalation-path.png, the diagram in the example's "Escalation into product
# engineering" subsection: who hands a suspected product defect to whom, and the time each
# step commits to. Needs ImageMagick 6 (convert) and the default template's Open Sans.
# Run it from anywhere; it writes escalation-path.png beside itself.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
fonts="$here/../../../templates/default/fonts"
navy='#1F3A5F'; copper='#C8773A'; slate='#5B677A'; panel='#F2F4F7'
box() {  # x y title line1 line2
  printf ' -fill "%s" -stroke "%s" -strokewidth 3 -draw "roundrectangle %d,%d %d,%d 18,18"' "$panel" "$navy" "$1" "$2" $(($1 + 300)) $(($2 + 170))
  printf ' -stroke none -fill "%s" -font %s -pointsize 30 -annotate +%d+%d "%s"' "$navy" "$fonts/OpenSans-Bold.ttf" $(($1 + 24)) $(($2 + 52)) "$3"
  printf ' -fill "%s" -font %s -pointsize 24 -annotate +%d+%d "%s" -annotate +%d+%d "%s"' "$slate" "$fonts/OpenSans-Regular.ttf" $(($1 + 24)) $(($2 + 100)) "$4" $(($1 + 24)) $(($2 + 136)) "$5"
}
arrow() {  # x y label
  printf ' -stroke "%s" -strokewidth 5 -draw "line %d,%d %d,%d"' "$copper" "$1" "$2" $(($1 + 62)) "$2"
  printf ' -stroke none -fill "%s" -draw "polygon %d,%d %d,%d %d,%d"' "$copper" $(($1 + 58)) $(($2 - 14)) $(($1 + 80)) "$2" $(($1 + 58)) $(($2 + 14))
  printf ' -fill "%s" -font %s -pointsize 22 -annotate +%d+%d "%s"' "$copper" "$fonts/OpenSans-Semibold.ttf" $(($1 + 4)) $(($2 - 24)) "$3"
}
cmd="convert -size 1560x250 xc:white \
  $(box 20 40 "Tier 1 desk" "Logs, triages," "fixes 70 %") \
  $(arrow 330 125 "30 min") \
  $(box 420 40 "Tier 2 engineer" "Reproduces," "checks known faults") \
  $(arrow 730 125 "4 h") \
  $(box 820 40 "Escalation eng." "Confirms defect," "owns the case") \
  $(arrow 1130 125 "1 day") \
  $(box 1220 40 "Product eng." "Analysis in 1 day," "fix plan in 5") \
  -strip PNG24:$here/escalation-path.png"

eval "$cmd"
