package api

import (
	"fmt"
	"net/http"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// explain says in words why a user's effective balance is what it is.
func explain(t money.Token, d store.Distribution) string {
	switch d.Standing {
	case store.StandingCounted:
		return fmt.Sprintf("eligible and counted: the whole average balance of %s %s counts", t.Format(d.Avg), t.Symbol)
	case store.StandingCapped:
		return fmt.Sprintf("capped: the average balance of %s %s is above the cap, so %s %s counts",
			t.Format(d.Avg), t.Symbol, t.Format(d.Effective), t.Symbol)
	case store.StandingBelowMinimum:
		return fmt.Sprintf("below minimum: the average balance of %s %s is under the minimum to qualify, so nothing counts",
			t.Format(d.Avg), t.Symbol)
	case store.StandingInactive:
		return "not active: soft staking was not active for the whole day (activated during or after it, or deactivated before its end), so nothing counts"
	}
	return "standing " + d.Standing
}

type distributionView struct {
	Token       string `json:"token"`
	Day         string `json:"day"`
	Avg         Amount `json:"avg"`
	Effective   Amount `json:"effective"`
	Reward      Amount `json:"reward"`
	Standing    string `json:"standing"`
	Explanation string `json:"explanation"`
	// DayAPR is the token's distributed APR that day (the same for every user counted);
	// absent when nothing was effective or the day is not booked.
	DayAPR *APR `json:"day_apr"`
}

// listDistributions answers GET /v1/users/{user}/distributions?token=&from=&to=: the user's
// share of each token's day, oldest first, with the explanation of each figure. A user with
// no distribution at all is a 404.
func (s *Server) listDistributions(w http.ResponseWriter, r *http.Request) {
	user := r.PathValue("user")
	q, bad := query(r, "token", "from", "to")
	var t money.Token
	if bad == nil {
		t, bad = queryToken(q, "token")
	}
	var from, to string
	for _, p := range []struct {
		name string
		dst  *string
	}{{"from", &from}, {"to", &to}} {
		if bad == nil && q.Has(p.name) {
			var d allocator.Day
			d, bad = parseDay(p.name, q.Get(p.name))
			*p.dst = d.String()
		}
	}
	if bad == nil && from != "" && to != "" && from > to {
		bad = badf("from", "from %s is after to %s", from, to)
	}
	if bad != nil {
		writeBad(w, bad)
		return
	}
	rows, err := s.st.UserDistributions(r.Context(), user, t.Symbol, from, to)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if len(rows) == 0 {
		any, err := s.st.UserDistributions(r.Context(), user, "", "", "")
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		if len(any) == 0 {
			writeBad(w, notFoundf("user", "no distribution recorded for user %q", user))
			return
		}
	}
	aprs := map[string]*APR{} // by token and day
	out := make([]distributionView, 0, len(rows))
	for _, d := range rows {
		tok, err := money.Lookup(d.Token)
		if err != nil {
			s.internalError(w, r, fmt.Errorf("distribution of %s %s: %w", d.Token, d.Day, err))
			return
		}
		key := d.Token + "/" + d.Day
		apr, seen := aprs[key]
		if !seen {
			day, err := allocator.ParseDay(d.Day)
			if err != nil {
				s.internalError(w, r, fmt.Errorf("distribution of %s %s: %w", d.Token, d.Day, err))
				return
			}
			phase, rec, found, err := s.cycle.Load(r.Context(), d.Token, day)
			if err != nil {
				s.internalError(w, r, err)
				return
			}
			if found {
				apr = dayAPR(phase, rec)
			}
			aprs[key] = apr
		}
		out = append(out, distributionView{Token: d.Token, Day: d.Day, Avg: amountOf(tok, d.Avg), Effective: amountOf(tok, d.Effective),
			Reward: amountOf(tok, d.Reward), Standing: d.Standing, Explanation: explain(tok, d), DayAPR: apr})
	}
	writeJSON(w, http.StatusOK, map[string]any{"user": user, "distributions": out})
}
