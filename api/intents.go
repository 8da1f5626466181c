package api

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
)

// intentStates are every state of the pool's intents, open ones first.
var intentStates = append(slices.Clone(pool.OpenStates), pool.StateFinalized, pool.StateFailed, pool.StateExpired)

type intentView struct {
	ID     string     `json:"id"`
	Token  string     `json:"token"`
	State  string     `json:"state"`
	KeyID  string     `json:"key_id,omitempty"`
	Action actionView `json:"action"`
	Status string     `json:"status,omitempty"`
	Reason string     `json:"reason,omitempty"`
}

type transitionView struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// loadIntent reads a pool intent; found is false when there is none with the id.
func (s *Server) loadIntent(r *http.Request, id string) (v intentView, record json.RawMessage, found bool, err error) {
	state, data, err := s.st.LoadIntent(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return intentView{}, nil, false, nil
	}
	if err != nil {
		return intentView{}, nil, false, err
	}
	var in pool.Intent
	if err := json.Unmarshal(data, &in); err != nil {
		return intentView{}, nil, false, fmt.Errorf("intent %s: %w", id, err)
	}
	t, err := money.Lookup(in.Token)
	if err != nil {
		return intentView{}, nil, false, fmt.Errorf("intent %s: %w", id, err)
	}
	return intentView{ID: id, Token: t.Symbol, State: state, KeyID: in.KeyID, Action: actionOf(t, in.Action),
		Status: string(in.Status.State), Reason: in.Reason}, data, true, nil
}

// isDayRecord reports whether an intent id is the daily cycle's record of a day rather
// than a pool intent; those are shown under /v1/rewards.
func isDayRecord(id string) bool { return strings.HasPrefix(id, "cycle/") }

// listIntents answers GET /v1/intents?token=&state=: the pool's intents of the token (every
// enabled token when absent) in the state (the open states when absent), oldest first.
func (s *Server) listIntents(w http.ResponseWriter, r *http.Request) {
	q, bad := query(r, "token", "state")
	var t money.Token
	if bad == nil {
		t, bad = queryToken(q, "token")
	}
	if bad != nil {
		writeBad(w, bad)
		return
	}
	states := make([]string, 0, len(intentStates))
	for _, st := range pool.OpenStates {
		states = append(states, string(st))
	}
	if q.Has("state") {
		st := pool.IntentState(q.Get("state"))
		if !slices.Contains(intentStates, st) {
			writeBad(w, badf("state", "unknown state %q (want one of %s)", st, joinStates()))
			return
		}
		states = []string{string(st)}
	}
	var symbols []string
	for _, tok := range money.Tokens() {
		if _, enabled := s.tokens[tok.Symbol]; enabled && (t.Symbol == "" || t.Symbol == tok.Symbol) {
			symbols = append(symbols, tok.Symbol)
		}
	}
	if t.Symbol != "" && len(symbols) == 0 {
		writeBad(w, badf("token", "token %s is not enabled", t.Symbol))
		return
	}
	out := []intentView{}
	for _, sym := range symbols {
		ids, err := s.st.IntentsIn(r.Context(), sym, states)
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		for _, id := range ids {
			if isDayRecord(id) {
				continue
			}
			v, _, found, err := s.loadIntent(r, id)
			if err != nil {
				s.internalError(w, r, err)
				return
			}
			if found {
				out = append(out, v)
			}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"intents": out})
}

func joinStates() string {
	names := make([]string, len(intentStates))
	for i, st := range intentStates {
		names[i] = string(st)
	}
	return strings.Join(names, ", ")
}

// getIntent answers GET /v1/intents/{id}: one pool intent with its transitions and the
// record the executor keeps.
func (s *Server) getIntent(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, bad := query(r); bad != nil {
		writeBad(w, bad)
		return
	}
	if isDayRecord(id) {
		writeBad(w, notFoundf("id", "no intent %q (a day's record is under /v1/rewards)", id))
		return
	}
	v, record, found, err := s.loadIntent(r, id)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if !found {
		writeBad(w, notFoundf("id", "no intent %q", id))
		return
	}
	steps, err := s.st.IntentTransitions(r.Context(), id)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	transitions := make([]transitionView, 0, len(steps))
	for _, step := range steps {
		from, to, _ := strings.Cut(step, "->")
		transitions = append(transitions, transitionView{From: from, To: to})
	}
	writeJSON(w, http.StatusOK, struct {
		intentView
		Transitions []transitionView `json:"transitions"`
		Record      json.RawMessage  `json:"record"`
	}{v, transitions, record})
}

// approverKeys decodes the configured approvers' public keys, keyed by the key's bytes.
func approverKeys(a config.Approvals) (map[string]string, error) {
	keys := map[string]string{}
	for _, ap := range a.Approvers {
		pub, err := hex.DecodeString(ap.PublicKey)
		if err != nil || len(pub) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("approver %s: public key is not %d hex-encoded bytes", ap.Name, ed25519.PublicKeySize)
		}
		keys[string(pub)] = ap.Name
	}
	return keys, nil
}

type approvalView struct {
	Approver string    `json:"approver"`
	Name     string    `json:"name,omitempty"`
	At       time.Time `json:"at"`
}

type pendingView struct {
	IntentID    string         `json:"intent_id"`
	KeyID       string         `json:"key_id"`
	RequestedAt time.Time      `json:"requested_at"`
	Intent      signedIntent   `json:"intent"`
	Required    uint32         `json:"required"`
	Approvals   []approvalView `json:"approvals"`
}

type signedIntent struct {
	Action  string `json:"action"`
	Chain   string `json:"chain"`
	ChainID string `json:"chain_id"`
	From    string `json:"from"`
	To      string `json:"to"`
	Token   string `json:"token"`
	Amount  Amount `json:"amount"`
	Nonce   string `json:"nonce"`
}

// pendingOf shows a pending approval with the valid approvals from configured approvers
// recorded for it so far.
func (s *Server) pendingOf(r *http.Request, p signer.PendingApproval) (pendingView, error) {
	in := p.Intent
	amount := Amount{BaseUnits: in.Amount.String()}
	if t, err := money.Lookup(in.Token); err == nil {
		amount = amountOf(t, in.Amount)
	}
	v := pendingView{IntentID: p.IntentID, KeyID: p.KeyID, RequestedAt: p.RequestedAt.UTC(), Required: s.approvals.Required,
		Intent: signedIntent{Action: string(in.Action), Chain: in.Chain, ChainID: in.ChainID, From: in.From, To: in.To,
			Token: in.Token, Amount: amount, Nonce: in.Nonce},
		Approvals: []approvalView{}}
	got, err := s.st.Approvals(r.Context(), p.IntentID)
	if err != nil {
		return pendingView{}, err
	}
	for _, a := range got {
		name, known := s.approvers[string(a.Approver)]
		if !known || !signer.VerifyApproval(p.IntentID, a.Approver, a.Signature) {
			continue
		}
		v.Approvals = append(v.Approvals, approvalView{Approver: hex.EncodeToString(a.Approver), Name: name, At: a.At.UTC()})
	}
	return v, nil
}

// listApprovals answers GET /v1/approvals: the signing requests waiting for approvals,
// oldest first, each with the approvals it has.
func (s *Server) listApprovals(w http.ResponseWriter, r *http.Request) {
	if _, bad := query(r); bad != nil {
		writeBad(w, bad)
		return
	}
	pending, err := s.st.PendingApprovals(r.Context())
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	out := make([]pendingView, 0, len(pending))
	for _, p := range pending {
		v, err := s.pendingOf(r, p)
		if err != nil {
			s.internalError(w, r, err)
			return
		}
		out = append(out, v)
	}
	writeJSON(w, http.StatusOK, map[string]any{"approvals": out})
}

// maxApprovalBody bounds the body of an approval.
const maxApprovalBody = 4 << 10

// approvalRequest is the body of POST /v1/approvals/{intent}: the approver's ed25519 public
// key and its signature over signer.ApprovalMessage(intent), both in hex. The approver
// signs with their own key, wherever it is kept; the API never sees a private key.
type approvalRequest struct {
	Approver  string `json:"approver"`
	Signature string `json:"signature"`
}

// approve answers POST /v1/approvals/{intent}: it records a configured approver's valid
// signature over the pending request's intent id, as `staker approve` does.
func (s *Server) approve(w http.ResponseWriter, r *http.Request) {
	intentID := r.PathValue("intent")
	if _, bad := query(r); bad != nil {
		writeBad(w, bad)
		return
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxApprovalBody))
	dec.DisallowUnknownFields()
	var req approvalRequest
	if err := dec.Decode(&req); err != nil || dec.More() {
		if err == nil {
			err = errors.New("data after the object")
		}
		writeBad(w, badf("body", "body is not an approval object {\"approver\": HEX, \"signature\": HEX}: %v", err))
		return
	}
	pub, err := hex.DecodeString(req.Approver)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		writeBad(w, badf("approver", "approver is not an ed25519 public key (%d bytes in hex)", ed25519.PublicKeySize))
		return
	}
	sig, err := hex.DecodeString(req.Signature)
	if err != nil || len(sig) != ed25519.SignatureSize {
		writeBad(w, badf("signature", "signature is not an ed25519 signature (%d bytes in hex)", ed25519.SignatureSize))
		return
	}
	name, known := s.approvers[string(pub)]
	if !known {
		writeBad(w, &badParam{Field: "approver", Msg: "approver " + req.Approver + " is not one of the configured approvers",
			Status: http.StatusUnprocessableEntity})
		return
	}
	pending, err := s.st.PendingApproval(r.Context(), intentID)
	if errors.Is(err, signer.ErrNotFound) {
		writeBad(w, notFoundf("intent", "no signing request %q waits for approval", intentID))
		return
	}
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	if !signer.VerifyApproval(intentID, pub, sig) {
		writeBad(w, &badParam{Field: "signature", Msg: fmt.Sprintf("the signature is not %s's approval of %s", name, intentID),
			Status: http.StatusUnprocessableEntity})
		return
	}
	if err := s.st.AddApproval(r.Context(), signer.Approval{IntentID: intentID, Approver: pub, Signature: sig, At: s.now().UTC()}); err != nil {
		s.internalError(w, r, err)
		return
	}
	s.log.InfoContext(r.Context(), "approval recorded", "intent", intentID, "approver", name, "remote", r.RemoteAddr)
	v, err := s.pendingOf(r, pending)
	if err != nil {
		s.internalError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}
