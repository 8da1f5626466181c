package money

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	// ErrSyntax means the text is not a plain decimal number.
	ErrSyntax = errors.New("not a plain decimal number")
	// ErrTooManyDecimals means the text has more fractional digits than the token has decimals.
	ErrTooManyDecimals = errors.New("too many decimals")
	// ErrNegative means a negative amount was given where only zero or more is allowed.
	ErrNegative = errors.New("negative amount not allowed")
	// ErrOverflow means the amount does not fit in 256 bits.
	ErrOverflow = errors.New("amount out of range (must be below 2^256 base units)")
	// ErrUnknownToken means the symbol is not one of the supported tokens.
	ErrUnknownToken = errors.New("unknown token")
)

// ParseError reports an amount that could not be parsed. Err is one of the Err… sentinels.
type ParseError struct {
	Input string // the text as given
	Token string // the token symbol, empty for base units
	Err   error
}

func (e *ParseError) Error() string {
	in := strconv.Quote(truncate(e.Input, 80))
	switch {
	case e.Token == "":
		return fmt.Sprintf("amount %s in base units: %v", in, e.Err)
	case errors.Is(e.Err, ErrTooManyDecimals):
		t, _ := Lookup(e.Token)
		return fmt.Sprintf("amount %s: %v (%s has %d)", in, e.Err, e.Token, t.Decimals)
	default:
		return fmt.Sprintf("amount %s of %s: %v", in, e.Token, e.Err)
	}
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
