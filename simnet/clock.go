package simnet

import (
	"fmt"
	"math/big"
	"time"
)

// day is the length of a simulated day.
const day = 24 * time.Hour

// clock numbers the simulated days of one chain: day n ends n days after the start.
type clock struct {
	start time.Time
	last  int // the last day advanced through
}

// dayOf returns the number of the day ending at end, refusing one that is not a whole
// number of days after the start or that was already passed.
func (c *clock) dayOf(end time.Time) (int, error) {
	d := end.Sub(c.start)
	if d <= 0 || d%day != 0 {
		return 0, fmt.Errorf("day end %s is not a whole number of days after the start %s", end.UTC().Format(time.RFC3339), c.start.Format(time.RFC3339))
	}
	n := int(d / day)
	if n <= c.last {
		return 0, fmt.Errorf("day %d (ending %s) was already passed", n, end.UTC().Format(time.RFC3339))
	}
	return n, nil
}

// end returns the end of day n.
func (c *clock) end(n int) time.Time { return c.start.Add(time.Duration(n) * day) }

var secp256k1N, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)

// validScalar reports whether b is a valid secp256k1 private key: 0 < b < N.
func validScalar(b []byte) bool {
	k := new(big.Int).SetBytes(b)
	return k.Sign() > 0 && k.Cmp(secp256k1N) < 0
}
