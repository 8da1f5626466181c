package store_test

import (
	"testing"

	"github.com/softstake/staker/store/storetest"
)

func TestConformance(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			storetest.Run(t, b.DSN)
		})
	}
}
