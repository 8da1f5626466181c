// Package report owns the treasury figures per token and day and their presentation: the
// terminal table and the self-contained HTML report.
//
// The figures (SPEC.md "What treasury sees") are computed exactly from the daemon's stored
// day records: rates are big.Rat fractions a year (0.07 is 7 %), amounts are base units, and
// the attribution of the gap between the advertised and the distributed APR into its causes
// adds up to the gap exactly. README.md is the specification of every figure. Floating point
// appears only where the HTML report places points on its charts.
//
// The package reads nothing and writes nothing by itself: the caller loads the day records,
// the net withdrawals and the liquidity ladder and hands them in.
package report
