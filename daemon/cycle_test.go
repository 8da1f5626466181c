package daemon

import (
	"testing"

	"github.com/softstake/staker/money"
)

func TestEarningBase(t *testing.T) {
	n := money.NewAmount
	tests := []struct {
		name string
		rec  DayRecord
		want int64
	}{
		{"custody with house funds", DayRecord{SumAvg: n(600), Delegated: n(800), Hot: n(150), Unbonding: n(40), InFlight: n(10)}, 1000},
		{"users hold more than custody shows", DayRecord{SumAvg: n(1200), Delegated: n(800), Hot: n(150)}, 1200},
		{"nothing in custody", DayRecord{SumAvg: n(5)}, 5},
		{"nothing at all", DayRecord{}, 0},
	}
	for _, tt := range tests {
		got, err := earningBase(&tt.rec)
		if err != nil || !got.Equal(n(tt.want)) {
			t.Errorf("%s: %s, %v; want %d", tt.name, got, err, tt.want)
		}
	}
}
