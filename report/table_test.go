package report

import (
	"bytes"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
)

func TestWriteTable(t *testing.T) {
	near := mustToken("NEAR")
	tokens := []TokenFigures{
		{Token: sol, Totals: Totals{Days: 30, GrossAPR: big.NewRat(7, 100), NetAPR: big.NewRat(13, 200), DistributedAPR: big.NewRat(6, 100),
			AdvertisedAPR: big.NewRat(61, 1000), Fee: money.NewAmount(1_500_000_000), Orphan: money.NewAmount(1), Reserve: money.NewAmount(42),
			BufferRatio: big.NewRat(1, 20), CoverageRatio: big.NewRat(1001, 1000), Batches: 30, Late: 2}},
		{Token: near, Totals: Totals{}},
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, tokens); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want a header and two rows:\n%s", len(lines), buf.String())
	}
	for i, want := range [][]string{
		{"SOL", "30", "700.00", "650.00", "600.00", "610.00", "1.5", "0.000000001", "0.000000042", "5.00%", "100.10%", "30", "(2", "late)"},
		{"NEAR", "0", "n/a", "n/a", "n/a", "n/a", "0", "0", "0", "n/a", "n/a", "0"},
	} {
		if got := strings.Fields(lines[i+1]); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("row %d = %q, want %q", i+1, got, want)
		}
	}
	// Aligned: every line is as wide as the header.
	for _, l := range lines[1:] {
		if len(l) != len(lines[0]) {
			t.Errorf("line %q is %d wide, the header %d", l, len(l), len(lines[0]))
		}
	}
}

func TestCrossChainLadder(t *testing.T) {
	near := mustToken("NEAR")
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	got, err := CrossChainLadder([]TokenRungs{
		{Token: sol, Rungs: []pool.Rung{
			{Amount: money.NewAmount(1), LiquidAt: at("2025-03-08T23:00:00Z")},
			{Amount: money.NewAmount(2), LiquidAt: at("2025-03-08T01:00:00Z")},
			{Amount: money.NewAmount(4), Condition: "epoch 700"},
			{Amount: money.NewAmount(8), Matured: true, LiquidAt: at("2025-03-01T00:00:00Z")},
		}},
		{Token: near, Rungs: []pool.Rung{
			{Amount: money.NewAmount(16), LiquidAt: at("2025-03-07T10:00:00Z")},
			{Amount: money.NewAmount(32), LiquidAt: at("2025-03-08T10:00:00Z")},
			{Amount: money.NewAmount(64)},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var steps []string
	for _, s := range got {
		steps = append(steps, s.When()+" "+s.Token.Symbol+" "+s.Amount.String())
	}
	want := []string{"now SOL 8", "2025-03-07 NEAR 16", "2025-03-08 SOL 3", "2025-03-08 NEAR 32",
		"when epoch 700 SOL 4", "when the chain says (no date or condition given) NEAR 64"}
	if strings.Join(steps, "; ") != strings.Join(want, "; ") {
		t.Errorf("ladder\n%s\nwant\n%s", strings.Join(steps, "; "), strings.Join(want, "; "))
	}
	top := new(big.Int).Lsh(big.NewInt(1), 255)
	big255 := amtBig(top)
	if _, err := CrossChainLadder([]TokenRungs{{Token: sol, Rungs: []pool.Rung{{Amount: big255, Matured: true}, {Amount: big255, Matured: true}}}}); err == nil ||
		!strings.Contains(err.Error(), "ladder of SOL") {
		t.Errorf("an overflowing sum gave %v", err)
	}
}
