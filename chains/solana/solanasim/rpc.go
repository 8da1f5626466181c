package solanasim

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/mr-tron/base58"
)

// FaultKind is a kind of injected fault.
type FaultKind int

// Fault kinds.
const (
	// FaultRateLimit answers HTTP 429 with Retry-After, without handling the request.
	FaultRateLimit FaultKind = iota + 1
	// FaultUnavailable answers HTTP 503 without handling the request.
	FaultUnavailable
	// FaultErrorAfterAccept handles the request (a sendTransaction is accepted) and then
	// answers HTTP 502, so the caller cannot know it was.
	FaultErrorAfterAccept
	// FaultMalformed answers HTTP 200 with a body cut off mid-JSON, without handling.
	FaultMalformed
	// FaultLag answers as a node Lag slots behind: slots, block heights, blockhashes and
	// signature statuses of the past, and blockhashes newer than that unknown.
	FaultLag
)

// Fault is an injected fault for requests of one method.
type Fault struct {
	Method     string // the JSON-RPC method; empty matches every method
	Kind       FaultKind
	Times      int           // how many requests it hits; 0 means 1
	RetryAfter time.Duration // for FaultRateLimit, sent in whole seconds
	Lag        uint64        // for FaultLag
}

// Inject adds a fault. Faults are matched in the order injected.
func (s *Sim) Inject(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.Times <= 0 {
		f.Times = 1
	}
	s.faults = append(s.faults, &f)
}

// ClearFaults removes every injected fault.
func (s *Sim) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// takeFault returns the first fault matching method and uses it up once.
func (s *Sim) takeFault(method string) *Fault {
	for i, f := range s.faults {
		if f.Method == "" || f.Method == method {
			f.Times--
			if f.Times <= 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
			c := *f
			return &c
		}
	}
	return nil
}

// rpcErr is a JSON-RPC error object.
type rpcErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func invalidParams(format string, args ...any) *rpcErr {
	return &rpcErr{Code: -32602, Message: "Invalid params: " + fmt.Sprintf(format, args...)}
}

// view is the node's view of the chain for one request: the slot it answers at.
type view struct{ slot uint64 }

// ServeHTTP answers one JSON-RPC request.
func (s *Sim) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	if err != nil {
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	var req struct {
		JSONRPC string            `json:"jsonrpc"`
		ID      json.RawMessage   `json:"id"`
		Method  string            `json:"method"`
		Params  []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		writeJSON(w, map[string]any{"jsonrpc": "2.0", "id": nil, "error": rpcErr{Code: -32700, Message: "Parse error"}})
		return
	}
	s.mu.Lock()
	s.calls[req.Method]++
	f := s.takeFault(req.Method)
	v := view{slot: s.slot}
	if f != nil && f.Kind == FaultLag {
		v.slot = sat(s.slot, f.Lag)
	}
	var result any
	var rerr *rpcErr
	if f == nil || f.Kind == FaultLag || f.Kind == FaultErrorAfterAccept {
		result, rerr = s.dispatch(v, req.Method, req.Params)
	}
	s.mu.Unlock()
	if f != nil {
		switch f.Kind {
		case FaultRateLimit:
			w.Header().Set("Retry-After", strconv.Itoa(int(f.RetryAfter/time.Second)))
			http.Error(w, "Too many requests for a specific RPC call", http.StatusTooManyRequests)
			return
		case FaultUnavailable:
			http.Error(w, "service unavailable", http.StatusServiceUnavailable)
			return
		case FaultErrorAfterAccept:
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return
		case FaultMalformed:
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","result":{"context":{"sl`))
			return
		}
	}
	resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
	if rerr != nil {
		resp["error"] = rerr
	} else {
		resp["result"] = result
	}
	writeJSON(w, resp)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// param decodes params[i] into v when present; it reports whether it was.
func param(params []json.RawMessage, i int, v any) (bool, *rpcErr) {
	if i >= len(params) || string(params[i]) == "null" {
		return false, nil
	}
	if err := json.Unmarshal(params[i], v); err != nil {
		return false, invalidParams("param %d: %v", i, err)
	}
	return true, nil
}

func keyParam(params []json.RawMessage, i int) (Pubkey, *rpcErr) {
	var str string
	ok, rerr := param(params, i, &str)
	if rerr != nil {
		return Pubkey{}, rerr
	}
	if !ok {
		return Pubkey{}, invalidParams("missing address")
	}
	k, err := ParsePubkey(str)
	if err != nil {
		return Pubkey{}, invalidParams("%v", err)
	}
	return k, nil
}

func (s *Sim) ctxValue(v view, value any) any {
	return map[string]any{"context": map[string]any{"apiVersion": "2.2.0", "slot": v.slot}, "value": value}
}

// dispatch handles one method. The caller holds s.mu.
func (s *Sim) dispatch(v view, method string, params []json.RawMessage) (any, *rpcErr) {
	switch method {
	case "getHealth":
		return "ok", nil
	case "getGenesisHash":
		return s.cfg.GenesisHash, nil
	case "getSlot", "getBlockHeight":
		return v.slot, nil
	case "getEpochInfo":
		return map[string]any{"absoluteSlot": v.slot, "blockHeight": v.slot, "epoch": s.epochOf(v.slot),
			"slotIndex": v.slot % s.cfg.SlotsPerEpoch, "slotsInEpoch": s.cfg.SlotsPerEpoch,
			"transactionCount": len(s.statuses)}, nil
	case "getEpochSchedule":
		return map[string]any{"slotsPerEpoch": s.cfg.SlotsPerEpoch, "leaderScheduleSlotOffset": s.cfg.SlotsPerEpoch,
			"warmup": false, "firstNormalEpoch": 0, "firstNormalSlot": 0}, nil
	case "getLatestBlockhash":
		h := s.blockhash(v.slot)
		return s.ctxValue(v, map[string]any{"blockhash": base58.Encode(h[:]), "lastValidBlockHeight": v.slot + MaxProcessingAge}), nil
	case "getMinimumBalanceForRentExemption":
		var size uint64
		if _, rerr := param(params, 0, &size); rerr != nil {
			return nil, rerr
		}
		return RentExempt(size), nil
	case "getBalance":
		k, rerr := keyParam(params, 0)
		if rerr != nil {
			return nil, rerr
		}
		return s.ctxValue(v, s.ledger.get(k).lamports), nil
	case "getAccountInfo":
		return s.getAccountInfo(v, params)
	case "getProgramAccounts":
		return s.getProgramAccounts(v, params)
	case "getInflationReward":
		return s.getInflationReward(v, params)
	case "getVoteAccounts":
		return s.getVoteAccounts(v, params)
	case "getBlockProduction":
		return s.getBlockProduction(v, params)
	case "sendTransaction":
		return s.sendTransaction(v, params)
	case "getSignatureStatuses":
		return s.getSignatureStatuses(v, params)
	case "getTransaction":
		return s.getTransaction(v, params)
	}
	return nil, &rpcErr{Code: -32601, Message: "Method not found"}
}

type encodingOpts struct {
	Encoding   string `json:"encoding"`
	Commitment string `json:"commitment"`
	Filters    []struct {
		DataSize *uint64 `json:"dataSize"`
		Memcmp   *struct {
			Offset   uint64 `json:"offset"`
			Bytes    string `json:"bytes"`
			Encoding string `json:"encoding"`
		} `json:"memcmp"`
	} `json:"filters"`
	WithContext bool `json:"withContext"`
}

func (s *Sim) getAccountInfo(v view, params []json.RawMessage) (any, *rpcErr) {
	k, rerr := keyParam(params, 0)
	if rerr != nil {
		return nil, rerr
	}
	var o encodingOpts
	if _, rerr := param(params, 1, &o); rerr != nil {
		return nil, rerr
	}
	a, ok := s.ledger.accounts[k]
	if !ok {
		return s.ctxValue(v, nil), nil
	}
	return s.ctxValue(v, accountJSON(a, o.Encoding)), nil
}

func accountJSON(a *account, encoding string) map[string]any {
	m := map[string]any{"lamports": a.lamports, "owner": a.owner.String(), "executable": false,
		"rentEpoch": uint64(math.MaxUint64), "space": a.space}
	data := a.data()
	switch {
	case encoding == "jsonParsed" && a.stake != nil && a.space == StakeAccountSize:
		m["data"] = map[string]any{"program": "stake", "space": a.space, "parsed": parsedStake(a.stake)}
	case encoding == "base58":
		m["data"] = []string{base58.Encode(data), "base58"}
	default:
		m["data"] = []string{base64.StdEncoding.EncodeToString(data), "base64"}
	}
	return m
}

// parsedStake renders a stake account as the RPC's jsonParsed stake parser does: u64 values
// as strings.
func parsedStake(s *stakeState) map[string]any {
	u := func(n uint64) string { return strconv.FormatUint(n, 10) }
	metaJSON := map[string]any{
		"rentExemptReserve": u(s.meta.reserve),
		"authorized":        map[string]any{"staker": s.meta.staker.String(), "withdrawer": s.meta.withdrawer.String()},
		"lockup":            map[string]any{"unixTimestamp": s.meta.lockupTS, "epoch": s.meta.lockupEpoch, "custodian": s.meta.custodian.String()},
	}
	switch s.tag {
	case stakeInitialized:
		return map[string]any{"type": "initialized", "info": map[string]any{"meta": metaJSON, "stake": nil}}
	case stakeDelegated:
		return map[string]any{"type": "delegated", "info": map[string]any{"meta": metaJSON, "stake": map[string]any{
			"delegation": map[string]any{"voter": s.del.voter.String(), "stake": u(s.del.stake),
				"activationEpoch": u(s.del.activation), "deactivationEpoch": u(s.del.deactivation), "warmupCooldownRate": 0.25},
			"creditsObserved": s.creditsObserved,
		}}}
	}
	return map[string]any{"type": "uninitialized"}
}

func (s *Sim) getProgramAccounts(v view, params []json.RawMessage) (any, *rpcErr) {
	program, rerr := keyParam(params, 0)
	if rerr != nil {
		return nil, rerr
	}
	var o encodingOpts
	if _, rerr := param(params, 1, &o); rerr != nil {
		return nil, rerr
	}
	type match struct {
		offset uint64
		bytes  []byte
	}
	var sizes []uint64
	var cmps []match
	for _, f := range o.Filters {
		switch {
		case f.DataSize != nil:
			sizes = append(sizes, *f.DataSize)
		case f.Memcmp != nil:
			var b []byte
			var err error
			if f.Memcmp.Encoding == "base64" {
				b, err = base64.StdEncoding.DecodeString(f.Memcmp.Bytes)
			} else {
				b, err = base58.Decode(f.Memcmp.Bytes)
			}
			if err != nil {
				return nil, invalidParams("memcmp bytes: %v", err)
			}
			cmps = append(cmps, match{f.Memcmp.Offset, b})
		default:
			return nil, invalidParams("unknown filter")
		}
	}
	out := []any{}
next:
	for _, k := range s.ledger.keys() {
		a := s.ledger.accounts[k]
		if a.owner != program {
			continue
		}
		for _, n := range sizes {
			if a.space != n {
				continue next
			}
		}
		data := a.data()
		for _, c := range cmps {
			end := c.offset + uint64(len(c.bytes))
			if end > uint64(len(data)) || string(data[c.offset:end]) != string(c.bytes) {
				continue next
			}
		}
		out = append(out, map[string]any{"pubkey": k.String(), "account": accountJSON(a, o.Encoding)})
	}
	if o.WithContext {
		return s.ctxValue(v, out), nil
	}
	return out, nil
}

func (s *Sim) getInflationReward(v view, params []json.RawMessage) (any, *rpcErr) {
	var addrs []string
	if _, rerr := param(params, 0, &addrs); rerr != nil {
		return nil, rerr
	}
	var o struct {
		Epoch *uint64 `json:"epoch"`
	}
	if _, rerr := param(params, 1, &o); rerr != nil {
		return nil, rerr
	}
	cur := s.epochOf(v.slot)
	epoch := sat(cur, 1)
	if o.Epoch != nil {
		epoch = *o.Epoch
	}
	if epoch >= cur {
		return nil, &rpcErr{Code: -32004, Message: fmt.Sprintf("Block not available for slot %d", epoch*s.cfg.SlotsPerEpoch)}
	}
	out := make([]any, len(addrs))
	for i, a := range addrs {
		k, err := ParsePubkey(a)
		if err != nil {
			return nil, invalidParams("%v", err)
		}
		for _, r := range s.rewards[k] {
			if r.epoch == epoch && r.slot <= v.slot {
				out[i] = map[string]any{"epoch": r.epoch, "effectiveSlot": r.slot, "amount": r.amount,
					"postBalance": r.post, "commission": r.commission}
			}
		}
	}
	return out, nil
}

func (s *Sim) getVoteAccounts(v view, params []json.RawMessage) (any, *rpcErr) {
	var o struct {
		VotePubkey string `json:"votePubkey"`
	}
	if _, rerr := param(params, 0, &o); rerr != nil {
		return nil, rerr
	}
	epoch := s.epochOf(v.slot)
	active := map[Pubkey]uint64{}
	for _, a := range s.ledger.accounts {
		if a.stake != nil && a.stake.tag == stakeDelegated {
			eff, _, _ := a.stake.del.status(epoch)
			active[a.stake.del.voter] += eff
		}
	}
	current, delinquent := []any{}, []any{}
	for _, k := range sortedKeys(func(yield func(Pubkey) bool) {
		for k := range s.votes {
			if !yield(k) {
				return
			}
		}
	}) {
		if o.VotePubkey != "" && o.VotePubkey != k.String() {
			continue
		}
		vt := s.votes[k]
		credits := [][3]uint64{}
		credits = append(credits, vt.history...)
		last := v.slot
		if vt.delinquent {
			last = sat(v.slot, 256)
		}
		stake := active[k] + vt.extraStake
		e := map[string]any{"votePubkey": k.String(), "nodePubkey": vt.node.String(), "activatedStake": stake,
			"epochVoteAccount": stake > 0, "commission": vt.commission, "lastVote": last,
			"rootSlot": sat(last, 31), "epochCredits": credits}
		if vt.delinquent {
			delinquent = append(delinquent, e)
		} else {
			current = append(current, e)
		}
	}
	return map[string]any{"current": current, "delinquent": delinquent}, nil
}

func (s *Sim) sendTransaction(v view, params []json.RawMessage) (any, *rpcErr) {
	var enc string
	if ok, rerr := param(params, 0, &enc); rerr != nil || !ok {
		return nil, invalidParams("missing transaction")
	}
	var o struct {
		Encoding      string `json:"encoding"`
		SkipPreflight bool   `json:"skipPreflight"`
	}
	if _, rerr := param(params, 1, &o); rerr != nil {
		return nil, rerr
	}
	var raw []byte
	var err error
	if o.Encoding == "base64" {
		raw, err = base64.StdEncoding.DecodeString(enc)
	} else {
		raw, err = base58.Decode(enc)
	}
	if err != nil {
		return nil, invalidParams("invalid transaction encoding: %v", err)
	}
	tx, err := decodeTransaction(raw)
	if err != nil {
		return nil, invalidParams("failed to deserialize transaction: %v", err)
	}
	if !tx.verify() {
		return nil, &rpcErr{Code: -32003, Message: "Transaction signature verification failure"}
	}
	if h, ok := s.blockhashes[tx.msg.blockhash]; ok && h > v.slot && !o.SkipPreflight {
		// A lagging node has not seen this blockhash yet.
		return nil, simFailed(&TxError{Name: "BlockhashNotFound"})
	}
	if terr := s.submit(tx, !o.SkipPreflight); terr != nil {
		return nil, simFailed(terr)
	}
	return tx.id(), nil
}

func simFailed(e *TxError) *rpcErr {
	return &rpcErr{Code: -32002, Message: "Transaction simulation failed: " + e.Error(),
		Data: map[string]any{"err": e.JSON(), "logs": []string{}, "accounts": nil, "unitsConsumed": 0, "returnData": nil}}
}

func (s *Sim) getSignatureStatuses(v view, params []json.RawMessage) (any, *rpcErr) {
	var sigs []string
	if _, rerr := param(params, 0, &sigs); rerr != nil {
		return nil, rerr
	}
	if len(sigs) > 256 {
		return nil, invalidParams("Too many inputs provided; max 256")
	}
	var o struct {
		Search bool `json:"searchTransactionHistory"`
	}
	if _, rerr := param(params, 1, &o); rerr != nil {
		return nil, rerr
	}
	out := make([]any, len(sigs))
	for i, sig := range sigs {
		if b, err := base58.Decode(sig); err != nil || len(b) != 64 {
			return nil, invalidParams("Invalid signature %q", sig)
		}
		p, ok := s.statuses[sig]
		if !ok || p.slot > v.slot || (!o.Search && v.slot-p.slot > 300) {
			continue
		}
		st := map[string]any{"slot": p.slot, "err": nil, "status": map[string]any{"Ok": nil}}
		if p.err != nil {
			st["err"] = p.err.JSON()
			st["status"] = map[string]any{"Err": p.err.JSON()}
		}
		if v.slot >= p.slot+s.cfg.FinalityDepth {
			st["confirmations"], st["confirmationStatus"] = nil, "finalized"
		} else {
			st["confirmations"], st["confirmationStatus"] = v.slot-p.slot, "confirmed"
		}
		out[i] = st
	}
	return s.ctxValue(v, out), nil
}

// getTransaction answers as the real node does for a legacy transaction in a binary
// encoding (base64 or base58; the json encodings, the real default, are not served): null
// until the transaction is in a block at the commitment asked (confirmed, or finalized, the
// default; processed is refused), else the slot, block time, the transaction's wire bytes
// and its meta with the error, the fee charged and every account's lamports before and
// after. "version" is present only when the request sets maxSupportedTransactionVersion.
func (s *Sim) getTransaction(v view, params []json.RawMessage) (any, *rpcErr) {
	var sig string
	if ok, rerr := param(params, 0, &sig); rerr != nil || !ok {
		return nil, invalidParams("missing signature")
	}
	if b, err := base58.Decode(sig); err != nil || len(b) != 64 {
		return nil, invalidParams("Invalid param: %q is not a signature", sig)
	}
	var o struct {
		Encoding   string `json:"encoding"`
		Commitment string `json:"commitment"`
		MaxVersion *uint8 `json:"maxSupportedTransactionVersion"`
	}
	if _, rerr := param(params, 1, &o); rerr != nil {
		return nil, rerr
	}
	switch o.Commitment {
	case "", "finalized", "confirmed":
	case "processed":
		return nil, invalidParams("Method does not support commitment below `confirmed`")
	default:
		return nil, invalidParams("Invalid commitment %q", o.Commitment)
	}
	switch o.Encoding {
	case "base58", "base64":
	default:
		return nil, invalidParams("solanasim serves getTransaction in base58 or base64 only, not %q", o.Encoding)
	}
	p, ok := s.statuses[sig]
	if !ok || p.slot > v.slot || (o.Commitment != "confirmed" && v.slot < p.slot+s.cfg.FinalityDepth) {
		return nil, nil
	}
	meta := map[string]any{"err": nil, "status": map[string]any{"Ok": nil}, "fee": p.fee,
		"preBalances": p.pre, "postBalances": p.post, "innerInstructions": []any{}, "logMessages": []string{},
		"preTokenBalances": []any{}, "postTokenBalances": []any{}, "rewards": []any{},
		"loadedAddresses": map[string]any{"writable": []string{}, "readonly": []string{}}}
	if p.err != nil {
		meta["err"] = p.err.JSON()
		meta["status"] = map[string]any{"Err": p.err.JSON()}
	}
	tx := []string{base58.Encode(p.raw), "base58"}
	if o.Encoding == "base64" {
		tx = []string{base64.StdEncoding.EncodeToString(p.raw), "base64"}
	}
	out := map[string]any{"slot": p.slot, "blockTime": p.blockTime, "transaction": tx, "meta": meta}
	if o.MaxVersion != nil {
		out["version"] = "legacy"
	}
	return out, nil
}

// getBlockProduction answers as the real node does: per node identity, [leader slots,
// blocks produced] over a slot range within the current or previous epoch (default: the
// current epoch up to the current slot), optionally for one identity.
func (s *Sim) getBlockProduction(v view, params []json.RawMessage) (any, *rpcErr) {
	var o struct {
		Identity string `json:"identity"`
		Range    *struct {
			FirstSlot *uint64 `json:"firstSlot"`
			LastSlot  *uint64 `json:"lastSlot"`
		} `json:"range"`
	}
	if _, rerr := param(params, 0, &o); rerr != nil {
		return nil, rerr
	}
	epoch := s.epochOf(v.slot)
	first, last := epoch*s.cfg.SlotsPerEpoch, v.slot
	if o.Range != nil {
		if o.Range.FirstSlot == nil {
			return nil, invalidParams("range: missing firstSlot")
		}
		first = *o.Range.FirstSlot
		if o.Range.LastSlot != nil {
			last = min(*o.Range.LastSlot, v.slot)
		}
	}
	switch {
	case last < first:
		return nil, invalidParams("lastSlot, %d, cannot be less than firstSlot, %d", last, first)
	case first < sat(epoch, 1)*s.cfg.SlotsPerEpoch:
		return nil, invalidParams("firstSlot, %d, is before the previous epoch", first)
	}
	counts := map[string][2]uint64{}
	for slot := first; slot <= last; slot++ {
		l, ok := s.leaders[slot]
		if !ok || (o.Identity != "" && o.Identity != l.node.String()) {
			continue
		}
		c := counts[l.node.String()]
		c[0]++
		if l.produced {
			c[1]++
		}
		counts[l.node.String()] = c
	}
	return s.ctxValue(v, map[string]any{"byIdentity": counts, "range": map[string]any{"firstSlot": first, "lastSlot": last}}), nil
}
