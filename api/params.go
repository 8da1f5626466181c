package api

import (
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
)

// maxDays is the longest range of days one request may ask for.
const maxDays = 366

// query returns the request's query after checking that it names only the allowed
// parameters, each at most once.
func query(r *http.Request, allowed ...string) (url.Values, *badParam) {
	q := r.URL.Query()
	for name, values := range q {
		if !slices.Contains(allowed, name) {
			want := "none"
			if len(allowed) > 0 {
				want = strings.Join(allowed, ", ")
			}
			return nil, badf(name, "unknown parameter %q (this route takes %s)", name, want)
		}
		if len(values) > 1 {
			return nil, badf(name, "parameter %s given %d times", name, len(values))
		}
	}
	return q, nil
}

// enabledToken returns the enabled token named by the path parameter; an unknown or
// disabled token is a 404.
func (s *Server) enabledToken(r *http.Request, param string) (*config.Token, *badParam) {
	raw := r.PathValue(param)
	t, err := money.Lookup(raw)
	if err != nil {
		return nil, notFoundf(param, "unknown token %q", raw)
	}
	tok, ok := s.tokens[t.Symbol]
	if !ok {
		return nil, notFoundf(param, "token %s is not enabled", t.Symbol)
	}
	return tok, nil
}

// queryToken returns the token a query parameter names, or the zero Token when it is
// absent; an unknown symbol is a bad parameter.
func queryToken(q url.Values, param string) (money.Token, *badParam) {
	if !q.Has(param) {
		return money.Token{}, nil
	}
	t, err := money.Lookup(q.Get(param))
	if err != nil {
		return money.Token{}, badf(param, "unknown token %q", q.Get(param))
	}
	return t, nil
}

// parseDay parses a day parameter (YYYY-MM-DD).
func parseDay(param, s string) (allocator.Day, *badParam) {
	d, err := allocator.ParseDay(s)
	if err != nil || d.String() != s {
		return allocator.Day{}, badf(param, "%q is not a day (YYYY-MM-DD)", s)
	}
	return d, nil
}

// dayRange reads from and to, defaulting to to = yesterday (UTC) and from = defaultDays-1
// days before to; from after to, or a range longer than maxDays, is a bad parameter.
func (s *Server) dayRange(q url.Values, defaultDays int) (from, to allocator.Day, bad *badParam) {
	to = addDays(dayOf(s.now()), -1)
	if q.Has("to") {
		if to, bad = parseDay("to", q.Get("to")); bad != nil {
			return
		}
	}
	from = addDays(to, -(defaultDays - 1))
	if q.Has("from") {
		if from, bad = parseDay("from", q.Get("from")); bad != nil {
			return
		}
	}
	switch {
	case from.Start().After(to.Start()):
		bad = badf("from", "from %s is after to %s", from, to)
	case to.Start().Sub(from.Start()) >= maxDays*24*time.Hour:
		bad = badf("to", "the range %s..%s is longer than %d days", from, to, maxDays)
	}
	return
}

// addDays returns the day n days after d (before, for negative n).
func addDays(d allocator.Day, n int) allocator.Day { return dayOf(d.Start().AddDate(0, 0, n)) }

// dayOf returns the UTC day holding t.
func dayOf(t time.Time) allocator.Day {
	d, err := allocator.ParseDay(t.UTC().Format(time.DateOnly))
	if err != nil {
		panic(err) // a formatted date always parses
	}
	return d
}

// Amount is an amount as the API shows it: exact base units, and the same in token units.
type Amount struct {
	BaseUnits string `json:"base_units"`
	Units     string `json:"units"`
}

func amountOf(t money.Token, a money.Amount) Amount {
	return Amount{BaseUnits: a.String(), Units: t.Format(a)}
}

// APR is an annual rate as the API shows it, computed exactly and rounded only for
// display: basis points with two decimals ("734.52") and the plain fraction with six
// ("0.073452").
type APR struct {
	Bps     string `json:"bps"`
	Decimal string `json:"decimal"`
}

// aprOf returns distributable / sumEffective × 365 as an APR, or nil when nothing was
// effective.
func aprOf(distributable, sumEffective *big.Int) *APR {
	if sumEffective.Sign() <= 0 {
		return nil
	}
	a := ratAPR(new(big.Rat).SetFrac(new(big.Int).Mul(distributable, big.NewInt(365*10000)), sumEffective))
	return &a
}

// ratAPR formats an exact APR given in basis points, rounding to nearest for display.
func ratAPR(bps *big.Rat) APR {
	return APR{Bps: bps.FloatString(2), Decimal: new(big.Rat).Quo(bps, big.NewRat(10000, 1)).FloatString(6)}
}
