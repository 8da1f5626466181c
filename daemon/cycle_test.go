package daemon

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
)

func TestEarningBase(t *testing.T) {
	n := money.NewAmount
	tests := []struct {
		name string
		rec  DayRecord
		want int64 // the larger of custody and the holdings' 900
	}{
		{"custody with house funds", DayRecord{Delegated: n(800), Hot: n(150), Unbonding: n(40), InFlight: n(10)}, 1000},
		{"users hold more than custody shows", DayRecord{Delegated: n(600), Hot: n(150)}, 900},
		{"nothing in custody", DayRecord{}, 900},
	}
	holdings := []allocator.Holding{{User: "a", Avg: *uint256.NewInt(500)}, {User: "b", Avg: *uint256.NewInt(400), Eligible: true}}
	for _, tt := range tests {
		got, err := earningBase(&tt.rec, holdings)
		if err != nil || !got.Equal(n(tt.want)) {
			t.Errorf("%s: %s, %v; want %d", tt.name, got, err, tt.want)
		}
	}
}
