package report

import (
	"bytes"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sampleReport is a small fixed report: SOL over five days with a fee, a buffer and an
// orphan share, NEAR (24 decimals) over three, and a ladder across both.
func sampleReport(t testing.TB) Report {
	t.Helper()
	near := mustToken("NEAR")
	solDay := func(day string, harvested, wanted, reward, delegated, hot, sumEff, fee, treasury, dist int64) daemon.DayRecord {
		return daemon.DayRecord{Token: "SOL", Day: day, Harvested: sols(harvested), Wanted: sols(wanted), Reward: sols(reward),
			Delegated: sols(delegated), Hot: sols(hot), CommissionBps: 500, SumAvg: sols(delegated + hot - 200),
			SumEffective: sols(sumEff), Fee: sols(fee), Treasury: sols(treasury), Distributable: sols(dist),
			ReserveBefore: sols(reward + 300), Payable: sols(100), BatchKey: "SOL/" + day}
	}
	// Amounts in milli-SOL.
	solRecords := []daemon.DayRecord{
		solDay("2025-03-01", 180_000, 180_000, 180_000, 950_000_000, 50_000_000, 700_000_000, 18_000, 40_000, 122_000),
		solDay("2025-03-02", 0, 178_000, 178_000, 950_000_000, 50_000_000, 700_000_000, 17_800, 39_000, 121_200),
		solDay("2025-03-03", 360_000, 181_000, 181_000, 940_000_000, 60_000_000, 720_000_000, 18_100, 38_000, 124_900),
		solDay("2025-03-04", 0, 176_000, 150_000, 930_000_000, 70_000_000, 720_000_000, 15_000, 33_000, 102_000),
		solDay("2025-03-05", 350_000, 179_000, 179_000, 940_000_000, 60_000_000, 690_000_000, 17_900, 40_000, 121_100),
	}
	sol5, err := Compute(Input{Token: sol, Records: solRecords}, mustDay(t, "2025-03-01"), mustDay(t, "2025-03-05"))
	if err != nil {
		t.Fatal(err)
	}
	// NEAR: 40 million NEAR of custody, in yoctoNEAR.
	yocto := func(n int64) money.Amount {
		return amtBig(new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil))) // n thousandths
	}
	// Split as the allocator does under pool_rate with a 10 % fee.
	nearDay := func(day string, harvested int64) daemon.DayRecord {
		h, e, a := yocto(harvested), yocto(30_000_000_000), yocto(39_000_000_000)
		fee := new(big.Int).Sub(h.Big(), new(big.Int).Quo(new(big.Int).Mul(h.Big(), big.NewInt(9000)), big.NewInt(10000)))
		net := new(big.Int).Sub(h.Big(), fee)
		dist := new(big.Int).Quo(new(big.Int).Mul(net, e.Big()), a.Big())
		return daemon.DayRecord{Token: "NEAR", Day: day, Harvested: h, Wanted: h, Reward: h,
			Delegated: yocto(38_000_000_000), Hot: yocto(2_000_000_000), SumAvg: a, SumEffective: e,
			Fee: amtBig(fee), Distributable: amtBig(dist), Treasury: amtBig(new(big.Int).Sub(net, dist)),
			ReserveBefore: h, BatchKey: "NEAR/" + day}
	}
	nearRecords := []daemon.DayRecord{
		nearDay("2025-03-03", 9_000_001),
		nearDay("2025-03-04", 9_100_003),
		nearDay("2025-03-05", 8_700_007),
	}
	near3, err := Compute(Input{Token: near, Terms: &Terms{FeeBps: 1000, Policy: allocator.PoolRate}, Records: nearRecords},
		mustDay(t, "2025-03-01"), mustDay(t, "2025-03-05"))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	ladder, err := CrossChainLadder([]TokenRungs{
		{Token: sol, Rungs: []pool.Rung{
			{Validator: "Vote1", Amount: sols(5_000_000), Matured: true},
			{Validator: "Vote1", Amount: sols(20_000_000), LiquidAt: at("2025-03-07T12:00:00Z")},
			{Validator: "Vote2", Amount: sols(10_000_000), LiquidAt: at("2025-03-07T20:00:00Z")},
		}},
		{Token: near, Rungs: []pool.Rung{
			{Validator: "pool.near", Amount: yocto(1_500_000_000), LiquidAt: at("2025-03-08T01:00:00Z")},
			{Validator: "pool.near", Amount: yocto(300_000_000), Condition: "epoch 2100 <script>"},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return Report{
		From: mustDay(t, "2025-03-01"), To: mustDay(t, "2025-03-05"),
		Tokens: []TokenReport{
			{Figures: sol5, Withdrawals: []money.Amount{sols(3_000_000), sols(-1_000_000), sols(12_000_000), sols(25_000_000), sols(-4_000_000)}},
			{Figures: near3},
		},
		Ladder: ladder,
		Notes:  []string{"SOL: terms unknown, rounding counted with orphan yield & caps"},
	}
}

// sols returns n milli-SOL.
func sols(n int64) money.Amount { return money.NewAmount(n * 1_000_000) }

func TestWriteHTMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report.golden.html")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run Golden -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("the report differs from %s; if the change is intended, rerun with -update", golden)
	}
	checkSelfContained(t, buf.String())
	for _, want := range []string{
		`id="apr-SOL"`, `id="buffer-SOL"`, `id="gap-SOL"`, `id="apr-NEAR"`, `id="gap-tokens"`, `id="ladder"`,
		"epoch 2100 &lt;script&gt;", // escaped
		"1500000 NEAR",              // amounts in token units
		"SOL: terms unknown, rounding counted with orphan yield &amp; caps",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// checkSelfContained fails on anything that would need a network or a script, and on a
// coordinate that is not a finite number.
func checkSelfContained(t *testing.T, html string) {
	t.Helper()
	for _, bad := range []string{"<script", "http://", "https://", "src=", "@import", "NaN", "Inf"} {
		// The SVG namespace is an identifier, not a fetch.
		if strings.Contains(strings.ReplaceAll(html, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
			t.Errorf("the report contains %q", bad)
		}
	}
}

func TestWriteHTMLRefusesMismatchedWithdrawals(t *testing.T) {
	r := sampleReport(t)
	r.Tokens[0].Withdrawals = r.Tokens[0].Withdrawals[:2]
	err := WriteHTML(&bytes.Buffer{}, r)
	if err == nil || !strings.Contains(err.Error(), "report SOL: 2 withdrawals for 5 days") {
		t.Fatalf("err = %v", err)
	}
}

func TestWriteHTMLFailsOnWriteError(t *testing.T) {
	err := WriteHTML(failingWriter{}, sampleReport(t))
	if err == nil || !strings.Contains(err.Error(), "write report") {
		t.Fatalf("err = %v", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

var coordinate = regexp.MustCompile(`\b(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)="([^"]*)"`)

// TestChartScaling renders edge cases and checks every coordinate is a finite number
// inside the chart.
func TestChartScaling(t *testing.T) {
	near := mustToken("NEAR")
	huge := amtBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(24+9), nil)) // a billion NEAR
	day := func(d string, mod func(*daemon.DayRecord)) daemon.DayRecord {
		r := daemon.DayRecord{Token: "NEAR", Day: d, Delegated: huge, Hot: huge, SumAvg: huge, SumEffective: huge,
			Harvested: amtBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(24+5), nil)), Distributable: amtBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(24+5), nil))}
		r.Wanted, r.Reward = r.Harvested, r.Harvested
		if mod != nil {
			mod(&r)
		}
		return r
	}
	zero := func(r *daemon.DayRecord) { *r = daemon.DayRecord{Token: r.Token, Day: r.Day} }
	tests := []struct {
		name        string
		records     []daemon.DayRecord
		withdrawals []money.Amount
		wantEmpty   bool
	}{
		{name: "no days", wantEmpty: true},
		{name: "all zeros", records: []daemon.DayRecord{day("2025-03-01", zero), day("2025-03-02", zero)},
			withdrawals: []money.Amount{{}, {}}},
		{name: "one day", records: []daemon.DayRecord{day("2025-03-01", nil)}, withdrawals: []money.Amount{huge}},
		{name: "huge NEAR amounts", records: []daemon.DayRecord{day("2025-03-01", nil), day("2025-03-02", nil), day("2025-03-03", nil)},
			withdrawals: []money.Amount{huge, huge.Neg(), money.NewAmount(1)}},
		{name: "negative gap", records: []daemon.DayRecord{day("2025-03-01", nil), day("2025-03-02", func(r *daemon.DayRecord) {
			r.Distributable = amtBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(24+6), nil)) // ten times the advertised
		})}, withdrawals: []money.Amount{{}, {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tf, err := Compute(Input{Token: near, Records: tt.records}, mustDay(t, "2025-03-01"), mustDay(t, "2025-03-03"))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteHTML(&buf, Report{From: mustDay(t, "2025-03-01"), To: mustDay(t, "2025-03-03"),
				Tokens: []TokenReport{{Figures: tf, Withdrawals: tt.withdrawals}}}); err != nil {
				t.Fatal(err)
			}
			html := buf.String()
			checkSelfContained(t, html)
			for _, m := range coordinate.FindAllStringSubmatch(html, -1) {
				v, ok := new(big.Rat).SetString(m[1])
				if !ok {
					t.Fatalf("coordinate %s is not a number", m[0])
				}
				if v.Sign() < 0 || v.Cmp(big.NewRat(chartWidth, 1)) > 0 {
					t.Errorf("coordinate %s is outside the chart", m[0])
				}
			}
			if got := strings.Contains(html, "no day of the period has a record"); got != tt.wantEmpty {
				t.Errorf("empty-chart message shown: %v, want %v", got, tt.wantEmpty)
			}
		})
	}
}

func TestNiceTicks(t *testing.T) {
	r := func(s string) *big.Rat {
		v, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatal(s)
		}
		return v
	}
	tests := []struct {
		name         string
		lo, hi       string
		want         string
		wantDecimals int
	}{
		{"all zero widens to the span", "0", "0", "0.0 0.2 0.4 0.6 0.8 1.0", 1},
		{"rates", "0", "712.35", "0 200 400 600 800", 0},
		{"negative and positive", "-35", "120", "-50 0 50 100 150", 0},
		{"only negative includes zero", "-3", "-1", "-3 -2 -1 0", 0},
		{"fractions", "0", "0.37", "0.0 0.1 0.2 0.3 0.4", 1},
		{"below the minimum step", "0", "0.001", "0.00 0.01", 2},
		{"huge", "0", "1000000000000000000000000000000000", "0 200000000000000000000000000000000 400000000000000000000000000000000 600000000000000000000000000000000 800000000000000000000000000000000 1000000000000000000000000000000000", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ticks, decimals := niceTicks(r(tt.lo), r(tt.hi), r("1"), r("0.01"))
			var got []string
			for _, v := range ticks {
				got = append(got, v.FloatString(decimals))
			}
			if strings.Join(got, " ") != tt.want || decimals != tt.wantDecimals {
				t.Errorf("ticks %s (%d decimals), want %s (%d)", strings.Join(got, " "), decimals, tt.want, tt.wantDecimals)
			}
		})
	}
}
