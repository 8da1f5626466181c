package api

import (
	"math/big"
	"net/http"
	"slices"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/report"
)

// treasuryRate is an annual rate in basis points with two decimals; absent when undefined.
type treasuryRate *string

func rateOf(r *big.Rat) treasuryRate {
	if r == nil {
		return nil
	}
	s := report.Bps(r)
	return &s
}

// gapView is the gap between advertised and distributed APR, in basis points, by cause.
type gapView struct {
	Total  string            `json:"total_bps"`
	Causes map[string]string `json:"causes_bps"`
}

func gapOf(a *report.Attribution) *gapView {
	if a == nil {
		return nil
	}
	g := &gapView{Total: report.Bps(a.Sum()), Causes: map[string]string{}}
	for _, c := range report.Causes() {
		g.Causes[c.String()] = report.Bps(a.Part(c))
	}
	return g
}

type treasuryDay struct {
	Day            string       `json:"day"`
	GrossAPR       treasuryRate `json:"gross_apr_bps"`
	NetAPR         treasuryRate `json:"net_apr_bps"`
	DistributedAPR treasuryRate `json:"distributed_apr_bps"`
	AdvertisedAPR  treasuryRate `json:"advertised_apr_bps"`
	Harvested      Amount       `json:"harvested"`
	Reward         Amount       `json:"reward"`
	Fee            Amount       `json:"fee"`
	Orphan         Amount       `json:"orphan"`
	Distributable  Amount       `json:"distributable"`
	Reserve        Amount       `json:"reserve"`
	Custody        Amount       `json:"custody"`
	Owed           Amount       `json:"owed"`
	BufferRatio    treasuryRate `json:"buffer_ratio_bps"`
	CoverageRatio  treasuryRate `json:"coverage_ratio_bps"`
	Late           bool         `json:"late"`
	Gap            *gapView     `json:"gap"`
}

type treasuryTotals struct {
	Days           int          `json:"days"`
	GrossAPR       treasuryRate `json:"gross_apr_bps"`
	NetAPR         treasuryRate `json:"net_apr_bps"`
	DistributedAPR treasuryRate `json:"distributed_apr_bps"`
	AdvertisedAPR  treasuryRate `json:"advertised_apr_bps"`
	Fee            Amount       `json:"fee"`
	Orphan         Amount       `json:"orphan"`
	Reserve        Amount       `json:"reserve"`
	BufferRatio    treasuryRate `json:"buffer_ratio_bps"`
	CoverageRatio  treasuryRate `json:"coverage_ratio_bps"`
	Batches        int          `json:"batches"`
	Late           int          `json:"late"`
	Gap            *gapView     `json:"gap"`
}

type treasuryToken struct {
	Token      string         `json:"token"`
	InProgress int            `json:"days_in_progress"`
	Totals     treasuryTotals `json:"totals"`
	Days       []treasuryDay  `json:"days"`
}

// ratioBps is a ratio as basis points (×10000 of the ratio), for display with the rates.
func ratioBps(r *big.Rat) treasuryRate {
	if r == nil {
		return nil
	}
	return rateOf(r)
}

// treasury answers GET /v1/treasury?token=&from=&to=: per token and day, the treasury's
// figures (SPEC.md "What treasury sees") and the period's totals, computed by package
// report from the daily cycle's records; every enabled token unless token names one.
func (s *Server) treasury(w http.ResponseWriter, r *http.Request) {
	q, bad := query(r, "token", "from", "to")
	var only money.Token
	if bad == nil {
		only, bad = queryToken(q, "token")
	}
	if bad == nil && only.Symbol != "" && s.tokens[only.Symbol] == nil {
		bad = &badParam{Field: "token", Msg: "token " + only.Symbol + " is not enabled", Status: http.StatusNotFound}
	}
	var from, to allocator.Day
	if bad == nil {
		from, to, bad = s.dayRange(q, defaultRewardDays)
	}
	if bad != nil {
		writeBad(w, bad)
		return
	}
	symbols := make([]string, 0, len(s.tokens))
	for sym := range s.tokens {
		if only.Symbol == "" || sym == only.Symbol {
			symbols = append(symbols, sym)
		}
	}
	slices.Sort(symbols)
	out := []treasuryToken{}
	for _, sym := range symbols {
		ct := s.tokens[sym]
		terms, err := report.TermsOf(ct)
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		records, inProgress, err := report.LoadRecords(r.Context(), s.cycle, sym, from, to)
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		tf, err := report.Compute(report.Input{Token: ct.Token, Terms: terms, Records: records}, from, to)
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		out = append(out, treasuryTokenOf(tf, inProgress))
	}
	writeJSON(w, http.StatusOK, struct {
		From   string          `json:"from"`
		To     string          `json:"to"`
		Tokens []treasuryToken `json:"tokens"`
	}{from.String(), to.String(), out})
}

func treasuryTokenOf(tf report.TokenFigures, inProgress int) treasuryToken {
	t := tf.Token
	a := func(x money.Amount) Amount { return amountOf(t, x) }
	tt := tf.Totals
	v := treasuryToken{Token: t.Symbol, InProgress: inProgress, Days: []treasuryDay{}, Totals: treasuryTotals{
		Days: tt.Days, GrossAPR: rateOf(tt.GrossAPR), NetAPR: rateOf(tt.NetAPR), DistributedAPR: rateOf(tt.DistributedAPR),
		AdvertisedAPR: rateOf(tt.AdvertisedAPR), Fee: a(tt.Fee), Orphan: a(tt.Orphan), Reserve: a(tt.Reserve),
		BufferRatio: ratioBps(tt.BufferRatio), CoverageRatio: ratioBps(tt.CoverageRatio), Batches: tt.Batches, Late: tt.Late,
		Gap: gapOf(tt.Gap)}}
	for _, d := range tf.Days {
		v.Days = append(v.Days, treasuryDay{Day: d.Day.String(), GrossAPR: rateOf(d.GrossAPR), NetAPR: rateOf(d.NetAPR),
			DistributedAPR: rateOf(d.DistributedAPR), AdvertisedAPR: rateOf(d.AdvertisedAPR), Harvested: a(d.Harvested),
			Reward: a(d.Reward), Fee: a(d.Fee), Orphan: a(d.Orphan), Distributable: a(d.Distributable), Reserve: a(d.Reserve),
			Custody: a(d.Custody), Owed: a(d.Owed), BufferRatio: ratioBps(d.BufferRatio), CoverageRatio: ratioBps(d.CoverageRatio),
			Late: d.Late, Gap: gapOf(d.Gap)})
	}
	return v
}
