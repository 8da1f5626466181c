package money

import (
	"fmt"
	"math/big"
	"strings"
)

// Token is one supported token: its symbol, the chain it lives on and its decimals, which the
// chain fixes. DefaultMin and DefaultCap are the published launch values used when the
// operator's configuration says nothing (DefaultCap zero means no cap).
type Token struct {
	Symbol     string
	Chain      string // the chain family name used by config `chain:` keys and adapters
	BaseUnit   string // the name of one base unit, for messages
	Decimals   uint8
	DefaultMin Amount
	DefaultCap Amount
}

// registry is the fixed list of tokens of SPEC.md, in display order.
var registry = []Token{
	mustToken("SOL", "solana", "lamport", 9, "1", ""),
	mustToken("ADA", "cardano", "lovelace", 6, "150", ""),
	mustToken("POL", "polygon", "wei", 18, "500", ""),
	mustToken("BNB", "bsc", "wei", 18, "0.5", "1000"),
	mustToken("TON", "ton", "nanoton", 9, "100", ""),
	mustToken("NEAR", "near", "yoctoNEAR", 24, "100", ""),
	mustToken("SUI", "sui", "MIST", 9, "100", "50000"),
	mustToken("ALGO", "algorand", "microalgo", 6, "1000", ""),
	mustToken("AXS", "ronin", "wei", 18, "100", ""),
	mustToken("S", "sonic", "wei", 18, "200", ""),
}

func mustToken(symbol, chain, unit string, decimals uint8, minimum, capacity string) Token {
	t := Token{Symbol: symbol, Chain: chain, BaseUnit: unit, Decimals: decimals}
	var err error
	if t.DefaultMin, err = t.Parse(minimum); err != nil {
		panic(err)
	}
	if capacity != "" {
		if t.DefaultCap, err = t.Parse(capacity); err != nil {
			panic(err)
		}
	}
	return t
}

// Tokens returns the supported tokens in display order. The slice is a fresh copy.
func Tokens() []Token { return append([]Token(nil), registry...) }

// Lookup returns the token with the given symbol (case-insensitive), or ErrUnknownToken.
func Lookup(symbol string) (Token, error) {
	for _, t := range registry {
		if strings.EqualFold(t.Symbol, symbol) {
			return t, nil
		}
	}
	known := make([]string, len(registry))
	for i, t := range registry {
		known[i] = t.Symbol
	}
	return Token{}, fmt.Errorf("%w %q (supported: %s)", ErrUnknownToken, symbol, strings.Join(known, ", "))
}

// One returns one whole token (10^Decimals base units).
func (t Token) One() Amount { return Amount{v: pow10(int(t.Decimals))} }

// Parse converts a non-negative decimal string in token units ("12.5", "0.000000001") to
// base units. It refuses signs, exponents, spaces, empty parts ("5.", ".5"), more fractional
// digits than the token has, and values of 2^256 base units or more.
func (t Token) Parse(s string) (Amount, error) {
	a, err := t.ParseSigned(s)
	if err != nil {
		return Amount{}, err
	}
	if a.Sign() < 0 {
		return Amount{}, &ParseError{Input: s, Token: t.Symbol, Err: ErrNegative}
	}
	return a, nil
}

// ParseSigned is Parse that also accepts a leading '-'.
func (t Token) ParseSigned(s string) (Amount, error) {
	fail := func(err error) (Amount, error) {
		return Amount{}, &ParseError{Input: s, Token: t.Symbol, Err: err}
	}
	body := s
	neg := false
	if strings.HasPrefix(body, "-") {
		neg, body = true, body[1:]
	}
	whole, frac, hasPoint := strings.Cut(body, ".")
	if !allDigits(whole) || (hasPoint && !allDigits(frac)) {
		return fail(ErrSyntax)
	}
	if len(frac) > int(t.Decimals) {
		// Trailing zeros beyond the token's precision carry no value but are still refused:
		// the input claims a precision the token does not have.
		return fail(ErrTooManyDecimals)
	}
	// 2^256 has 78 digits: anything longer is out of range without building a big.Int,
	// which keeps absurdly long input cheap to refuse.
	if len(strings.TrimLeft(whole, "0"))+int(t.Decimals) > 78 {
		return fail(ErrOverflow)
	}
	digits := whole + frac + strings.Repeat("0", int(t.Decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return fail(ErrSyntax)
	}
	if neg {
		v.Neg(v)
	}
	a, err := FromBig(v)
	if err != nil {
		return fail(err)
	}
	return a, nil
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
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

// Format writes a in token units, canonically: no exponent, no trailing fractional zeros, no
// decimal point for whole amounts, a leading "-" for negatives ("12.5", "0.000000001", "3").
func (t Token) Format(a Amount) string {
	digits := a.Abs().String()
	d := int(t.Decimals)
	var whole, frac string
	if len(digits) > d {
		whole, frac = digits[:len(digits)-d], digits[len(digits)-d:]
	} else {
		whole, frac = "0", strings.Repeat("0", d-len(digits))+digits
	}
	frac = strings.TrimRight(frac, "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if a.Sign() < 0 {
		out = "-" + out
	}
	return out
}

// String returns the token's symbol.
func (t Token) String() string { return t.Symbol }

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}
