#!/usr/bin/env bash
# Search quality on the demo newsroom: runs the judged set (bench/search/queries.tsv) through ArticleSearch and
# prints recall@10, MRR and every query whose right article does not come first. Fails when the figures fall below
# those SearchQualityTest holds. Usage: bench/search/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
if ./mvnw -B -ntp -q -pl cms-core test -Dtest=SearchQualityTest -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
	grep -E '^(Search quality|  not first)' "$log"
	rm -f "$log"
else
	grep -E '^(Search quality|  not first)' "$log" || true
	echo "FAIL: search quality fell below its figures, or the test did not run; see $log" >&2
	exit 1
fi
