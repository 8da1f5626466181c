package api

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strings"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/money"
)

// AdvertisedWindow is how many of the last completed days the advertised APR averages.
const AdvertisedWindow = 7

// DayRecords is what reading the daily cycle's records needs of the store.
type DayRecords interface {
	daemon.Books
	IntentsIn(ctx context.Context, token string, states []string) ([]string, error)
}

// Advertised is a token's advertised APR: the distributed APR over its last completed
// days, Σ distributable / Σ sum(eff) × 365, exactly, from the daily cycle's records.
type Advertised struct {
	// Bps is the APR in basis points, exact; nil when no completed day had an effective
	// balance.
	Bps *big.Rat
	// From and To are the first and last day averaged; Days how many were (at most
	// AdvertisedWindow). Zero Days means the token has no completed day yet.
	From, To allocator.Day
	Days     int
}

// AdvertisedAPR computes the token's advertised APR from the records of its last
// AdvertisedWindow completed days.
func AdvertisedAPR(ctx context.Context, st DayRecords, token string) (Advertised, error) {
	ids, err := st.IntentsIn(ctx, token, []string{string(daemon.PhaseDone)})
	if err != nil {
		return Advertised{}, fmt.Errorf("advertised APR of %s: %w", token, err)
	}
	prefix := "cycle/" + token + "/"
	var days []string
	for _, id := range ids {
		if day, ok := strings.CutPrefix(id, prefix); ok {
			days = append(days, day)
		}
	}
	slices.Sort(days)
	days = days[max(0, len(days)-AdvertisedWindow):]
	var out Advertised
	distributable, effective := new(big.Int), new(big.Int)
	cycle := &daemon.Cycle{Books: st}
	for _, s := range days {
		day, err := allocator.ParseDay(s)
		if err != nil {
			return Advertised{}, fmt.Errorf("advertised APR of %s: record %s%s: %w", token, prefix, s, err)
		}
		_, rec, _, err := cycle.Load(ctx, token, day)
		if err != nil {
			return Advertised{}, fmt.Errorf("advertised APR of %s: %w", token, err)
		}
		distributable.Add(distributable, rec.Distributable.Big())
		effective.Add(effective, rec.SumEffective.Big())
		if out.Days == 0 {
			out.From = day
		}
		out.To = day
		out.Days++
	}
	if effective.Sign() > 0 {
		out.Bps = new(big.Rat).SetFrac(distributable.Mul(distributable, big.NewInt(365*10000)), effective)
	}
	return out, nil
}

// tokenView is one enabled token as GET /v1/tokens shows it.
type tokenView struct {
	Symbol        string         `json:"symbol"`
	Chain         string         `json:"chain"`
	Network       string         `json:"network"`
	Decimals      uint8          `json:"decimals"`
	Min           Amount         `json:"min"`
	Cap           *Amount        `json:"cap"`
	FeeBps        uint32         `json:"fee_bps"`
	Policy        string         `json:"policy"`
	MaxAPRBps     uint32         `json:"max_apr_bps,omitempty"`
	Recognition   string         `json:"recognition"`
	AdvertisedAPR *advertisedAPR `json:"advertised_apr"`
}

type advertisedAPR struct {
	APR
	From string `json:"from"`
	To   string `json:"to"`
	Days int    `json:"days"`
}

// listTokens answers GET /v1/tokens: every enabled token with its rules and advertised APR.
func (s *Server) listTokens(w http.ResponseWriter, r *http.Request) {
	if _, bad := query(r); bad != nil {
		writeBad(w, bad)
		return
	}
	out := []tokenView{}
	for _, t := range money.Tokens() {
		tok, ok := s.tokens[t.Symbol]
		if !ok {
			continue
		}
		v := tokenView{Symbol: t.Symbol, Chain: t.Chain, Network: tok.Chain.Network, Decimals: t.Decimals,
			Min: amountOf(t, tok.Min), FeeBps: tok.FeeBps, Policy: string(tok.Distribution.Policy),
			MaxAPRBps: tok.Distribution.MaxAPRBps, Recognition: string(tok.Recognition.Policy)}
		if !tok.Cap.IsZero() {
			c := amountOf(t, tok.Cap)
			v.Cap = &c
		}
		adv, err := AdvertisedAPR(r.Context(), s.st, t.Symbol)
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		if adv.Bps != nil {
			v.AdvertisedAPR = &advertisedAPR{APR: ratAPR(adv.Bps), From: adv.From.String(), To: adv.To.String(), Days: adv.Days}
		}
		out = append(out, v)
	}
	writeJSON(w, http.StatusOK, map[string]any{"tokens": out})
}
