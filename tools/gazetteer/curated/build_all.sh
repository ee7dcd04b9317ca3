#!/bin/sh
# Regenerate the hand-curated gazetteers in data/ from the sources in this folder, then validate them.
set -e
cd "$(dirname "$0")"
for s in orgs geo persons titles ranks; do python3 "$s.py"; done
R=../../../data
python3 validate.py $R/orgs.tsv $R/titles.tsv $R/ranks.tsv $R/places/geo_regions.tsv $R/persons/public_figures.tsv
