package api

import (
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
)

type poolView struct {
	Token          string         `json:"token"`
	Owner          string         `json:"owner"`
	Liquid         Amount         `json:"liquid"`
	HotOnChain     Amount         `json:"hot_on_chain"`
	Buffer         bufferView     `json:"buffer"`
	Pool           Amount         `json:"pool"`
	Targets        []targetView   `json:"targets"`
	Steps          []stepView     `json:"steps"`
	Notes          []string       `json:"notes"`
	Ladder         []rungView     `json:"ladder"`
	Reconciliation []diffView     `json:"reconciliation"`
	OpenIntents    []intentDigest `json:"open_intents"`
}

type bufferView struct {
	Target     Amount `json:"target"`
	Low        Amount `json:"low"`
	High       Amount `json:"high"`
	Forecast   Amount `json:"forecast"`
	Delegate   Amount `json:"delegate"`
	Undelegate Amount `json:"undelegate"`
	Why        string `json:"why"`
}

type targetView struct {
	Validator string `json:"validator"`
	Amount    Amount `json:"amount"`
}

type actionView struct {
	Kind        string  `json:"kind"`
	Validator   string  `json:"validator,omitempty"`
	ToValidator string  `json:"to_validator,omitempty"`
	Amount      *Amount `json:"amount,omitempty"`
	Request     string  `json:"request,omitempty"`
}

type stepView struct {
	actionView
	Purpose string `json:"purpose"`
	Why     string `json:"why"`
}

type rungView struct {
	Validator string     `json:"validator"`
	Request   string     `json:"request,omitempty"`
	Amount    Amount     `json:"amount"`
	Matured   bool       `json:"matured"`
	LiquidAt  *time.Time `json:"liquid_at,omitempty"`
	Condition string     `json:"condition,omitempty"`
}

type diffView struct {
	Account     string `json:"account"`
	Books       Amount `json:"books"`
	Chain       Amount `json:"chain"`
	ExplainedBy string `json:"explained_by,omitempty"`
	Alert       bool   `json:"alert"`
}

type intentDigest struct {
	ID     string     `json:"id"`
	Action actionView `json:"action"`
	Status string     `json:"status,omitempty"`
	Reason string     `json:"reason,omitempty"`
}

func actionOf(t money.Token, a chains.Action) actionView {
	v := actionView{Kind: string(a.Kind), Validator: a.Validator, ToValidator: a.ToValidator, Request: a.Request}
	if !a.Amount.IsZero() {
		amt := amountOf(t, a.Amount)
		v.Amount = &amt
	}
	return v
}

// getPool answers GET /v1/pools/{token}: today's buffer decision, validator targets and
// planned steps with their reasons, the liquidity ladder and the reconciliation.
func (s *Server) getPool(w http.ResponseWriter, r *http.Request) {
	tok, bad := s.enabledToken(r, "token")
	if bad == nil {
		_, bad = query(r)
	}
	if bad != nil {
		writeBad(w, bad)
		return
	}
	t := tok.Token
	obs, plan, err := s.pools.View(r.Context(), t.Symbol)
	if err != nil {
		s.chainError(w, r, err)
		return
	}
	d := plan.Buffer
	v := poolView{
		Token: t.Symbol, Owner: obs.State.Owner, Liquid: amountOf(t, obs.State.Liquid), HotOnChain: amountOf(t, obs.Hot),
		Buffer: bufferView{Target: amountOf(t, d.Target), Low: amountOf(t, d.Low), High: amountOf(t, d.High),
			Forecast: amountOf(t, d.Forecast), Delegate: amountOf(t, d.Delegate), Undelegate: amountOf(t, d.Undelegate), Why: d.Why},
		Pool:    amountOf(t, plan.Pool),
		Notes:   append([]string{}, plan.Notes...),
		Targets: []targetView{}, Steps: []stepView{}, Ladder: []rungView{}, Reconciliation: []diffView{}, OpenIntents: []intentDigest{},
	}
	for _, id := range sortedKeys(plan.Targets) {
		v.Targets = append(v.Targets, targetView{Validator: id, Amount: amountOf(t, plan.Targets[id])})
	}
	for _, st := range plan.Steps {
		v.Steps = append(v.Steps, stepView{actionView: actionOf(t, st.Action), Purpose: string(st.Purpose), Why: st.Why})
	}
	for _, rung := range obs.Ladder() {
		rv := rungView{Validator: rung.Validator, Request: rung.Request, Amount: amountOf(t, rung.Amount), Matured: rung.Matured, Condition: rung.Condition}
		if !rung.LiquidAt.IsZero() {
			at := rung.LiquidAt.UTC()
			rv.LiquidAt = &at
		}
		v.Ladder = append(v.Ladder, rv)
	}
	for _, diff := range obs.Reconcile() {
		v.Reconciliation = append(v.Reconciliation, diffView{Account: string(diff.Account), Books: amountOf(t, diff.Books),
			Chain: amountOf(t, diff.Chain), ExplainedBy: diff.ExplainedBy, Alert: diff.ExplainedBy == ""})
	}
	for _, in := range obs.Open {
		v.OpenIntents = append(v.OpenIntents, intentDigest{ID: in.ID, Action: actionOf(t, in.Action),
			Status: string(in.Status.State), Reason: in.Reason})
	}
	writeJSON(w, http.StatusOK, v)
}

type validatorView struct {
	ID            string `json:"id"`
	Name          string `json:"name,omitempty"`
	CommissionBps uint32 `json:"commission_bps"`
	Status        string `json:"status"`
	TotalStake    Amount `json:"total_stake"`
	Detail        string `json:"detail,omitempty"`
	Delinquent    bool   `json:"delinquent"`
	// Produced and Due are what the chain reports of the blocks due over Window; absent
	// where it reports none.
	Produced    *uint64 `json:"produced,omitempty"`
	Due         *uint64 `json:"due,omitempty"`
	Window      string  `json:"window,omitempty"`
	Allowlisted bool    `json:"allowlisted"`
	Weight      uint32  `json:"weight,omitempty"`
}

// listValidators answers GET /v1/validators/{token}: the chain's validators, and which of
// them the operator's allowlist holds, with their weights.
func (s *Server) listValidators(w http.ResponseWriter, r *http.Request) {
	tok, bad := s.enabledToken(r, "token")
	if bad == nil {
		_, bad = query(r)
	}
	if bad != nil {
		writeBad(w, bad)
		return
	}
	t := tok.Token
	vs, err := s.validators.Validators(r.Context(), t.Symbol)
	if err != nil {
		s.chainError(w, r, err)
		return
	}
	weights := map[string]uint32{}
	for _, a := range tok.Chain.Validators {
		weights[a.ID] = a.Weight
	}
	out := make([]validatorView, 0, len(vs))
	for _, v := range vs {
		weight, listed := weights[v.ID]
		view := validatorView{ID: v.ID, Name: v.Name, CommissionBps: v.CommissionBps, Status: string(v.Status),
			TotalStake: amountOf(t, v.TotalStake), Detail: v.Detail, Delinquent: v.Performance.Delinquent,
			Window: v.Performance.Window, Allowlisted: listed, Weight: weight}
		if p := v.Performance.Produced; p.Reported() {
			view.Produced, view.Due = &p.Done, &p.Due
		}
		out = append(out, view)
	}
	writeJSON(w, http.StatusOK, map[string]any{"token": t.Symbol, "validators": out})
}

// chainError answers a failed chain read (a *pool.ReadError, or an error the chain
// taxonomy classes as rate-limited, retryable or rejected) 502 naming it, anything else 500.
func (s *Server) chainError(w http.ResponseWriter, r *http.Request, err error) {
	var read *pool.ReadError
	switch class := chains.Classify(err); {
	case errors.As(err, &read), class == chains.ClassRateLimited, class == chains.ClassRetryable, class == chains.ClassRejected:
		if r.Context().Err() == nil {
			s.log.WarnContext(r.Context(), "chain read failed", "path", r.URL.Path, "err", err)
		}
		// The error's text stays in the log: a transport error may quote an endpoint URL.
		msg := "chain read failed (" + chains.Classify(err).String() + ")"
		if read != nil {
			msg = "chain read failed: " + read.Read + " (" + chains.Classify(err).String() + ")"
		}
		writeError(w, http.StatusBadGateway, "", msg)
	default:
		s.internalError(w, r, err)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, strings.Compare)
	return keys
}
