package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/money"
)

// defaultRewardDays is how many days GET /v1/rewards/{token} shows without from.
const defaultRewardDays = 30

// dayView is one token's day as the daily cycle recorded it.
type dayView struct {
	Day   string `json:"day"`
	Phase string `json:"phase"`

	Users        int    `json:"users"`
	Eligible     int    `json:"eligible"`
	SumAvg       Amount `json:"sum_avg"`
	SumEffective Amount `json:"sum_effective"`

	Harvested   Amount      `json:"harvested"`
	Reward      Amount      `json:"reward"`
	Recognition recognition `json:"recognition"`

	Fee           Amount `json:"fee"`
	Treasury      Amount `json:"treasury"`
	Distributable Amount `json:"distributable"`
	// APR is the day's distributed APR, distributable / sum_effective × 365; absent when
	// nothing was effective.
	APR *APR `json:"apr"`

	BatchKey    string     `json:"batch_key,omitempty"`
	BatchHash   string     `json:"batch_hash,omitempty"`
	PublishedAt *time.Time `json:"published_at,omitempty"`
	Late        bool       `json:"late"`

	Unexplained []string             `json:"unexplained"`
	Steps       map[string]time.Time `json:"steps"`
}

type recognition struct {
	Rule          string `json:"rule"`
	Why           string `json:"why"`
	ReserveBefore Amount `json:"reserve_before"`
	Wanted        Amount `json:"wanted"`
	Shortfall     Amount `json:"shortfall"`
}

func dayViewOf(t money.Token, phase daemon.Phase, rec daemon.DayRecord) dayView {
	a := func(x money.Amount) Amount { return amountOf(t, x) }
	v := dayView{
		Day: rec.Day, Phase: strings.TrimPrefix(string(phase), "cycle-"),
		Users: rec.Users, Eligible: rec.Eligible, SumAvg: a(rec.SumAvg), SumEffective: a(rec.SumEffective),
		Harvested: a(rec.Harvested), Reward: a(rec.Reward),
		Recognition: recognition{Rule: rec.RecognitionRule, Why: rec.RecognitionWhy, ReserveBefore: a(rec.ReserveBefore),
			Wanted: a(rec.Wanted), Shortfall: a(rec.Shortfall)},
		Fee: a(rec.Fee), Treasury: a(rec.Treasury), Distributable: a(rec.Distributable),
		APR:      dayAPR(phase, rec),
		BatchKey: rec.BatchKey, BatchHash: rec.BatchHash, Late: rec.Late,
		Unexplained: append([]string{}, rec.Unexplained...),
		Steps:       map[string]time.Time{},
	}
	if !rec.PublishedAt.IsZero() {
		at := rec.PublishedAt.UTC()
		v.PublishedAt = &at
	}
	for p, at := range rec.Steps {
		v.Steps[strings.TrimPrefix(string(p), "cycle-")] = at.UTC()
	}
	return v
}

// listRewards answers GET /v1/rewards/{token}?from=&to=: the recorded days of the range,
// oldest first (days not started yet are left out).
func (s *Server) listRewards(w http.ResponseWriter, r *http.Request) {
	tok, bad := s.enabledToken(r, "token")
	if bad != nil {
		writeBad(w, bad)
		return
	}
	q, bad := query(r, "from", "to")
	var from, to allocator.Day
	if bad == nil {
		from, to, bad = s.dayRange(q, defaultRewardDays)
	}
	if bad != nil {
		writeBad(w, bad)
		return
	}
	t := tok.Token
	days := []dayView{}
	for d := from; !d.Start().After(to.Start()); d = addDays(d, 1) {
		phase, rec, found, err := s.cycle.Load(r.Context(), t.Symbol, d)
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		if found {
			days = append(days, dayViewOf(t, phase, rec))
		}
	}
	writeJSON(w, http.StatusOK, struct {
		Token string    `json:"token"`
		From  string    `json:"from"`
		To    string    `json:"to"`
		Days  []dayView `json:"days"`
	}{t.Symbol, from.String(), to.String(), days})
}

// getReward answers GET /v1/rewards/{token}/{day}: one recorded day, 404 if the cycle has
// not started it.
func (s *Server) getReward(w http.ResponseWriter, r *http.Request) {
	tok, bad := s.enabledToken(r, "token")
	var day allocator.Day
	if bad == nil {
		day, bad = parseDay("day", r.PathValue("day"))
	}
	if bad == nil {
		_, bad = query(r)
	}
	if bad != nil {
		writeBad(w, bad)
		return
	}
	t := tok.Token
	phase, rec, found, err := s.cycle.Load(r.Context(), t.Symbol, day)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if !found {
		writeBad(w, notFoundf("day", "no record of %s %s: the cycle has not started that day", t.Symbol, day))
		return
	}
	writeJSON(w, http.StatusOK, dayViewOf(t, phase, rec))
}

// dayAPR is the day's distributed APR once the day is booked (before, the record has no
// distributable yet); nil when nothing was effective.
func dayAPR(phase daemon.Phase, rec daemon.DayRecord) *APR {
	switch phase {
	case daemon.PhaseOpen, daemon.PhaseClosed, daemon.PhaseRecognized:
		return nil
	}
	return aprOf(rec.Distributable.Big(), rec.SumEffective.Big())
}
