package pool

import (
	"testing"
	"time"

	"github.com/softstake/staker/money"
)

func amounts(vs ...int64) []money.Amount {
	out := make([]money.Amount, len(vs))
	for i, v := range vs {
		out[i] = money.NewAmount(v)
	}
	return out
}

var testBuffer = BufferPolicy{MinAbs: money.NewAmount(100), PctBps: 1000, QuantileBps: 9900, SafetyFactorBps: 15000,
	LowWatermarkBps: 8000, HighWatermarkBps: 12000}

func TestForecast(t *testing.T) {
	tests := []struct {
		name      string
		flows     []money.Amount
		unbonding time.Duration
		quantile  uint32
		want      int64
	}{
		{name: "no history", unbonding: 48 * time.Hour, quantile: 9900, want: 0},
		{name: "shorter than a window", flows: amounts(50), unbonding: 48 * time.Hour, quantile: 9900, want: 0},
		// windows of 2 days: 30, 70, 40, -> p99 is the largest, 70, times 1.5
		{name: "two-day windows", flows: amounts(10, 20, 50, -10), unbonding: 36 * time.Hour, quantile: 9900, want: 105},
		// inflow windows count as zero outflow
		{name: "net inflow", flows: amounts(-10, -20, -5), unbonding: 0, quantile: 9900, want: 0},
		// 100 one-day windows 1..100: p50 nearest rank is 50, p99 is 99
		{name: "median", flows: seq(100), quantile: 5000, want: 75},
		{name: "p99 of 100", flows: seq(100), quantile: 9900, want: 148},
		{name: "max", flows: seq(100), quantile: 10000, want: 150},
	}
	for _, tt := range tests {
		p := testBuffer
		p.QuantileBps = tt.quantile
		got := forecast(p, BufferState{NetOutflows: tt.flows, Unbonding: tt.unbonding})
		if got.String() != money.NewAmount(tt.want).String() {
			t.Errorf("%s: forecast %s, want %d", tt.name, got, tt.want)
		}
	}
}

func seq(n int) []money.Amount {
	out := make([]money.Amount, n)
	for i := range out {
		out[i] = money.NewAmount(int64(i + 1))
	}
	return out
}

func TestDecideBuffer(t *testing.T) {
	tests := []struct {
		name                         string
		custody, liquid, inFlight    int64
		flows                        []money.Amount
		wantTarget, wantDel, wantUnd int64
	}{
		// target = max(100, 10 % of 5000 = 500, 0) = 500; band 400..600
		{name: "inside the band", custody: 5000, liquid: 550, wantTarget: 500},
		{name: "above high: delegate to target", custody: 5000, liquid: 900, wantTarget: 500, wantDel: 400},
		{name: "below low: undelegate to target", custody: 5000, liquid: 100, wantTarget: 500, wantUnd: 400},
		{name: "unbonding counts toward the buffer", custody: 5000, liquid: 100, inFlight: 350, wantTarget: 500},
		{name: "partly covered by unbonding", custody: 5000, liquid: 100, inFlight: 200, wantTarget: 500, wantUnd: 200},
		{name: "min_abs wins", custody: 200, liquid: 0, wantTarget: 100, wantUnd: 100},
		{name: "forecast wins", custody: 5000, liquid: 500, flows: amounts(1000), wantTarget: 1500, wantUnd: 1000},
		{name: "cannot undelegate more than is delegated", custody: 1000, liquid: 0, inFlight: 900, flows: amounts(2000), wantTarget: 3000, wantUnd: 100},
	}
	for _, tt := range tests {
		d, err := DecideBuffer(testBuffer, BufferState{Custody: money.NewAmount(tt.custody), Liquid: money.NewAmount(tt.liquid),
			InFlight: money.NewAmount(tt.inFlight), NetOutflows: tt.flows})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if d.Target.String() != itoa(tt.wantTarget) || d.Delegate.String() != itoa(tt.wantDel) || d.Undelegate.String() != itoa(tt.wantUnd) {
			t.Errorf("%s: target %s delegate %s undelegate %s; want %d %d %d (%s)", tt.name, d.Target, d.Delegate, d.Undelegate,
				tt.wantTarget, tt.wantDel, tt.wantUnd, d.Why)
		}
	}
	bad := testBuffer
	bad.LowWatermarkBps, bad.HighWatermarkBps = 12000, 8000
	if _, err := DecideBuffer(bad, BufferState{}); err == nil {
		t.Error("inverted watermarks accepted")
	}
	if _, err := DecideBuffer(testBuffer, BufferState{Liquid: money.NewAmount(-1)}); err == nil {
		t.Error("negative liquid accepted")
	}
}

func itoa(v int64) string { return money.NewAmount(v).String() }
