package allocator

import (
	"fmt"
	"math/big"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/money"
)

// Units converts a non-negative money amount to the 256-bit base-unit integer the allocator
// works with. It returns ErrNegative for negative amounts; every non-negative Amount fits.
func Units(a money.Amount) (uint256.Int, error) {
	var u uint256.Int
	if a.Sign() < 0 {
		return u, fmt.Errorf("%w: %s base units", ErrNegative, a)
	}
	u.SetFromBig(a.Big())
	return u, nil
}

// Amount converts base units back to a money amount. It cannot fail: every 256-bit unsigned
// value is a valid Amount.
func Amount(u *uint256.Int) money.Amount {
	a, err := money.FromBig(u.ToBig())
	if err != nil {
		panic(err) // unreachable: below 2^256 by construction
	}
	return a
}

// amountOfBig converts a non-negative big.Int known to be below 2^256.
func amountOfBig(b *big.Int) money.Amount {
	a, err := money.FromBig(b)
	if err != nil {
		panic(err) // unreachable: callers bound their values
	}
	return a
}
