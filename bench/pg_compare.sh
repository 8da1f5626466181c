#!/usr/bin/env bash
# Times `staker allocate` against PostgreSQL doing the same split over the same CSV, checks
# that both write the same payouts byte for byte, and prints both timings.
#
#   bench/pg_compare.sh [USERS]        (default 2000000; run from the repository root)
#
# PostgreSQL side, in one psql session: COPY the CSV into an unlogged table, one query with
# window functions (the split, exact in numeric base units, largest remainders ranked with
# row_number()), \copy the result out sorted by user id in byte order. It runs in a scratch
# schema that is dropped afterwards. PG_DSN overrides the database (default below).
set -euo pipefail

users=${1:-2000000}
dsn=${PG_DSN:-postgres://postgres@127.0.0.1:5432/test?sslmode=disable}
token=POL decimals=18
reward=12345.678901234567890123 fee_bps=1000 min=1 cap=50000
schema=bench_split_$$
work=$(mktemp -d)
cleanup() {
	psql "$dsn" -qX -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

go build -o "$work/staker" ./cmd/staker
go run ./bench/gendata -users "$users" -decimals "$decimals" >"$work/balances.csv"
echo "input: $users users, $(wc -c <"$work/balances.csv") bytes, $token ($decimals decimals)"

t0=$(now)
"$work/staker" allocate --token "$token" --day 2025-03-01 --balances "$work/balances.csv" \
	--reward "$reward" --fee-bps "$fee_bps" --min "$min" --cap "$cap" \
	--out "$work/staker.csv" >"$work/summary.json"
t1=$(now)

one="1e$decimals"
cat >"$work/split.sql" <<SQL
\\set ON_ERROR_STOP on
CREATE SCHEMA $schema;
SET search_path TO $schema;
SET work_mem = '1GB';
CREATE UNLOGGED TABLE balances (user_id text NOT NULL, avg_balance numeric NOT NULL, eligible boolean NOT NULL);
\\copy balances FROM '$work/balances.csv' WITH (FORMAT csv, HEADER true)
CREATE VIEW payouts AS
WITH params AS (
	SELECT $reward * $one AS r, $fee_bps::numeric AS fee_bps, $min * $one AS mn, $cap * $one AS cp
), eff AS (
	SELECT b.user_id, b.avg_balance, b.avg_balance * $one AS avg_units,
		CASE WHEN NOT b.eligible OR b.avg_balance * $one < p.mn THEN 0
			WHEN p.cp > 0 AND b.avg_balance * $one > p.cp THEN p.cp
			ELSE b.avg_balance * $one END AS eff
	FROM balances b, params p
), totals AS (
	SELECT sum(avg_units) AS sum_avg, sum(eff) AS sum_eff FROM eff
), dist AS (
	SELECT CASE WHEN t.sum_eff = 0 THEN 0
		ELSE div(div(p.r * (10000 - p.fee_bps), 10000) * t.sum_eff, t.sum_avg) END AS d,
		t.sum_eff
	FROM totals t, params p
), shares AS (
	SELECT e.user_id, e.avg_balance, e.eff, div(d.d * e.eff, d.sum_eff) AS fl, mod(d.d * e.eff, d.sum_eff) AS rem, d.d
	FROM eff e, dist d WHERE e.eff > 0
), ranked AS (
	SELECT s.*, row_number() OVER (ORDER BY s.rem DESC, s.user_id COLLATE "C") AS rn,
		s.d - sum(s.fl) OVER () AS k
	FROM shares s
)
SELECT user_id, trim_scale(avg_balance) AS avg_balance, trim_scale(eff * 1e-$decimals) AS effective_balance,
	trim_scale((fl + CASE WHEN rn <= k THEN 1 ELSE 0 END) * 1e-$decimals) AS reward
FROM ranked;
\\copy (SELECT * FROM payouts ORDER BY user_id COLLATE "C") TO '$work/postgres.csv' WITH (FORMAT csv, HEADER true)
SQL
t2=$(now)
psql "$dsn" -qX -f "$work/split.sql"
t3=$(now)

if cmp -s "$work/staker.csv" "$work/postgres.csv"; then
	same="identical"
else
	same="DIFFERENT"
fi
ours=$(elapsed "$t0" "$t1")
theirs=$(elapsed "$t2" "$t3")
echo "staker allocate: ${ours} s"
echo "postgresql:      ${theirs} s"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "speed-up:        %.1fx\n", b / a }'
echo "payouts:         $same ($(($(wc -l <"$work/staker.csv") - 1)) lines)"
[ "$same" = identical ]
