package report

import "math/big"

// Bps formats an annual rate as basis points with two decimals, halves rounded away from
// zero ("712.35" for 0.0712345); "n/a" for an undefined rate.
func Bps(r *big.Rat) string {
	if r == nil {
		return "n/a"
	}
	return new(big.Rat).Mul(r, big.NewRat(10000, 1)).FloatString(2)
}

// Percent formats a ratio as a percentage with two decimals ("4.20%"); "n/a" for an
// undefined ratio.
func Percent(r *big.Rat) string {
	if r == nil {
		return "n/a"
	}
	return new(big.Rat).Mul(r, big.NewRat(100, 1)).FloatString(2) + "%"
}
