package pool

import (
	"math/big"

	"github.com/softstake/staker/money"
)

// The pool's arithmetic works on amounts that are sums and shares of custody, far below
// 2^256; an overflow would mean corrupt input, which the caller's validation excludes. These
// helpers therefore panic on overflow rather than thread impossible errors everywhere.

func add(a, b money.Amount) money.Amount {
	s, err := a.Add(b)
	if err != nil {
		panic(err)
	}
	return s
}

func sub(a, b money.Amount) money.Amount {
	s, err := a.Sub(b)
	if err != nil {
		panic(err)
	}
	return s
}

// bps returns floor(a * n / 10000).
func bps(a money.Amount, n uint32) money.Amount {
	return mulDiv(a, uint64(n), 10000)
}

// mulDiv returns floor(a * num / den).
func mulDiv(a money.Amount, num, den uint64) money.Amount {
	v := a.Big()
	v.Mul(v, new(big.Int).SetUint64(num))
	v.Quo(v, new(big.Int).SetUint64(den))
	out, err := money.FromBig(v)
	if err != nil {
		panic(err)
	}
	return out
}

func maxAmount(first money.Amount, rest ...money.Amount) money.Amount {
	m := first
	for _, a := range rest {
		if a.Cmp(m) > 0 {
			m = a
		}
	}
	return m
}

func minAmount(first money.Amount, rest ...money.Amount) money.Amount {
	m := first
	for _, a := range rest {
		if a.Cmp(m) < 0 {
			m = a
		}
	}
	return m
}
