// Package money owns amounts of tokens: an immutable integer count of base units bounded to
// 256 bits, the registry of the ten supported tokens (symbol, chain, decimals), and exact
// conversion between base units and human decimal strings in token units.
//
// No floating point is used anywhere in this package. Parsing refuses anything that is not a
// plain decimal number (no exponent, no sign unless asked for, no more fractional digits than
// the token has); formatting is canonical (no trailing zeros, no exponent), so that
// Format(Parse(s)) is the canonical form of s and Parse(Format(a)) == a.
package money

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"math/big"
)

// MaxBits is the largest magnitude an Amount may have, in bits: |a| < 2^MaxBits.
const MaxBits = 256

// Amount is an immutable, signed integer count of base units with |a| < 2^256.
// The zero value is zero. Methods never modify their receiver or arguments.
type Amount struct {
	v *big.Int // nil means zero; never shared with callers
}

// Zero is the zero amount.
var Zero = Amount{}

// NewAmount returns the amount of n base units.
func NewAmount(n int64) Amount {
	if n == 0 {
		return Amount{}
	}
	return Amount{v: big.NewInt(n)}
}

// NewAmountUint64 returns the amount of n base units.
func NewAmountUint64(n uint64) Amount {
	if n == 0 {
		return Amount{}
	}
	return Amount{v: new(big.Int).SetUint64(n)}
}

// FromBig returns a copy of b as an Amount, or ErrOverflow if |b| >= 2^256.
func FromBig(b *big.Int) (Amount, error) {
	if b == nil || b.Sign() == 0 {
		return Amount{}, nil
	}
	if b.BitLen() > MaxBits {
		return Amount{}, ErrOverflow
	}
	return Amount{v: new(big.Int).Set(b)}, nil
}

// ParseBaseUnits parses a signed integer count of base units written in decimal
// ("-42", "1000000"), the form used in storage and JSON.
func ParseBaseUnits(s string) (Amount, error) {
	if !isIntegerLiteral(s) {
		return Amount{}, &ParseError{Input: s, Err: ErrSyntax}
	}
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return Amount{}, &ParseError{Input: s, Err: ErrSyntax}
	}
	a, err := FromBig(b)
	if err != nil {
		return Amount{}, &ParseError{Input: s, Err: err}
	}
	return a, nil
}

// isIntegerLiteral reports whether s is an optional '-' followed by one or more ASCII digits.
func isIntegerLiteral(s string) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Big returns a new big.Int holding a; the caller may modify it freely.
func (a Amount) Big() *big.Int {
	if a.v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.v)
}

// Sign returns -1, 0 or +1 as a is negative, zero or positive.
func (a Amount) Sign() int {
	if a.v == nil {
		return 0
	}
	return a.v.Sign()
}

// IsZero reports whether a is zero.
func (a Amount) IsZero() bool { return a.Sign() == 0 }

// Cmp returns -1, 0 or +1 as a is less than, equal to or greater than b.
func (a Amount) Cmp(b Amount) int { return a.big().Cmp(b.big()) }

// Equal reports whether a and b are the same number of base units.
func (a Amount) Equal(b Amount) bool { return a.Cmp(b) == 0 }

// Add returns a+b, or ErrOverflow if the sum leaves the 256-bit range.
func (a Amount) Add(b Amount) (Amount, error) {
	return FromBig(new(big.Int).Add(a.big(), b.big()))
}

// Sub returns a-b (which may be negative), or ErrOverflow if it leaves the 256-bit range.
func (a Amount) Sub(b Amount) (Amount, error) {
	return FromBig(new(big.Int).Sub(a.big(), b.big()))
}

// Neg returns -a. It cannot overflow: the range is symmetric.
func (a Amount) Neg() Amount {
	if a.v == nil {
		return Amount{}
	}
	return Amount{v: new(big.Int).Neg(a.v)}
}

// Abs returns |a|.
func (a Amount) Abs() Amount {
	if a.Sign() >= 0 {
		return a
	}
	return a.Neg()
}

// String returns a in base units as a signed decimal integer ("-42").
func (a Amount) String() string { return a.big().String() }

// MarshalJSON encodes a as a JSON string of base units, so that no JSON reader loses
// precision on it.
func (a Amount) MarshalJSON() ([]byte, error) { return json.Marshal(a.String()) }

// UnmarshalJSON decodes a JSON string of base units (a bare JSON number is refused: readers
// in other languages silently round large ones).
func (a *Amount) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("amount: want a string of base units: %w", err)
	}
	v, err := ParseBaseUnits(s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Value implements driver.Valuer: amounts are stored as decimal strings of base units.
func (a Amount) Value() (driver.Value, error) { return a.String(), nil }

// Scan implements sql.Scanner for decimal strings of base units (TEXT or NUMERIC columns).
func (a *Amount) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	case int64:
		*a = NewAmount(v)
		return nil
	default:
		return fmt.Errorf("amount: cannot scan %T", src)
	}
	v, err := ParseBaseUnits(s)
	if err != nil {
		return err
	}
	*a = v
	return nil
}

var zeroBig = new(big.Int)

// big returns the internal value for read-only use.
func (a Amount) big() *big.Int {
	if a.v == nil {
		return zeroBig
	}
	return a.v
}
