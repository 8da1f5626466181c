package cardanosim

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
)

const apiPrefix = "/api/v0"

// Handler returns the Blockfrost API of the simulator, under /api/v0.
func (s *Sim) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, h func(*http.Request) (any, error)) {
		method, path, _ := strings.Cut(pattern, " ")
		mux.HandleFunc(method+" "+apiPrefix+path, func(w http.ResponseWriter, r *http.Request) {
			v, err := h(r)
			writeJSON(w, v, err)
		})
	}
	route("GET /genesis", s.getGenesis)
	route("GET /blocks/latest", s.getBlockLatest)
	route("GET /blocks/{id}", s.getBlock)
	route("GET /epochs/latest", s.getEpochLatest)
	route("GET /epochs/latest/parameters", s.getParams)
	route("GET /epochs/{n}/blocks", s.getEpochBlocks)
	route("GET /accounts/{stake}", s.getAccount)
	route("GET /accounts/{stake}/rewards", s.getAccountRewards)
	route("GET /accounts/{stake}/delegations", s.getAccountDelegations)
	route("GET /pools", s.getPools)
	route("GET /pools/{id}", s.getPool)
	route("GET /pools/{id}/history", s.getPoolHistory)
	route("GET /pools/{id}/metadata", s.getPoolMetadata)
	route("GET /addresses/{addr}/utxos", s.getUTxOs)
	route("GET /txs/{hash}", s.getTx)
	route("GET /mempool/{hash}", s.getMempoolTx)
	route("POST /tx/submit", s.postSubmit)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f := s.takeFault(strings.TrimPrefix(r.URL.Path, apiPrefix))
		if f == nil {
			mux.ServeHTTP(w, r)
			return
		}
		switch f.Kind {
		case FaultRateLimit:
			w.Header().Set("Retry-After", strconv.Itoa(f.RetryAfter))
			writeError(w, http.StatusTooManyRequests, "Project Over Limit", "Usage is over limit.")
		case FaultUnavailable:
			writeError(w, http.StatusServiceUnavailable, "Service Unavailable", "Backend unavailable.")
		case FaultErrorAfter:
			mux.ServeHTTP(httptest.NewRecorder(), r)
			writeError(w, http.StatusBadGateway, "Bad Gateway", "Upstream connection reset.")
		case FaultMalformed:
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, r)
			body := rec.Body.Bytes()
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusOK)
			w.Write(body[:len(body)/2])
		}
	})
}

func (s *Sim) takeFault(path string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Path != "" && !strings.HasPrefix(path, f.Path) {
			continue
		}
		if f.Times <= 1 {
			s.faults = slices.Delete(s.faults, i, i+1)
		} else {
			f.Times--
		}
		return f
	}
	return nil
}

type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

func writeError(w http.ResponseWriter, status int, title, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"status_code": status, "error": title, "message": msg})
}

func writeJSON(w http.ResponseWriter, v any, err error) {
	var ae *apiError
	switch {
	case errors.Is(err, errNotFound):
		writeError(w, http.StatusNotFound, "Not Found", "The requested component has not been found.")
		return
	case errors.As(err, &ae):
		writeError(w, ae.status, http.StatusText(ae.status), ae.msg)
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "Bad Request", err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// page applies Blockfrost's count, page and order query parameters to n items, returning
// the indexes to show.
func page(r *http.Request, n int) ([]int, error) {
	q := r.URL.Query()
	count, pg := 100, 1
	if v := q.Get("count"); v != "" {
		c, err := strconv.Atoi(v)
		if err != nil || c < 1 || c > 100 {
			return nil, badRequest("count must be between 1 and 100")
		}
		count = c
	}
	if v := q.Get("page"); v != "" {
		p, err := strconv.Atoi(v)
		if err != nil || p < 1 {
			return nil, badRequest("page must be positive")
		}
		pg = p
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	switch q.Get("order") {
	case "", "asc":
	case "desc":
		slices.Reverse(idx)
	default:
		return nil, badRequest("order must be asc or desc")
	}
	lo := (pg - 1) * count
	if lo >= n {
		return []int{}, nil
	}
	return idx[lo:min(lo+count, n)], nil
}

func lovelace(n uint64) string { return strconv.FormatUint(n, 10) }

func (s *Sim) getGenesis(*http.Request) (any, error) {
	return map[string]any{
		"active_slots_coefficient": 0.05, "update_quorum": 5, "max_lovelace_supply": "45000000000000000",
		"network_magic": s.cfg.NetworkMagic, "epoch_length": s.cfg.EpochLength, "system_start": s.cfg.SystemStart,
		"slots_per_kes_period": 129600, "slot_length": 1, "max_kes_evolutions": 62, "security_param": 2160,
	}, nil
}

func (s *Sim) blockJSON(b *block) map[string]any {
	tip := s.blocks[len(s.blocks)-1]
	var prev, next *string
	if b.Height > 0 {
		p := hex.EncodeToString(s.blocks[b.Height-1].Hash[:])
		prev = &p
	}
	if b.Height < tip.Height {
		n := hex.EncodeToString(s.blocks[b.Height+1].Hash[:])
		next = &n
	}
	return map[string]any{
		"time": b.Time, "height": b.Height, "hash": hex.EncodeToString(b.Hash[:]), "slot": b.Slot,
		"epoch": b.Epoch, "epoch_slot": b.EpochSlot, "slot_leader": poolBech32(b.Leader), "size": b.Size,
		"tx_count": len(b.Txs), "output": lovelace(b.Output), "fees": lovelace(b.Fees),
		"block_vrf": nil, "op_cert": nil, "op_cert_counter": nil,
		"previous_block": prev, "next_block": next, "confirmations": tip.Height - b.Height,
	}
}

func (s *Sim) getBlockLatest(*http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := max(len(s.blocks)-1-s.lag, 0)
	return s.blockJSON(s.blocks[i]), nil
}

func (s *Sim) getBlock(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := r.PathValue("id")
	if n, err := strconv.ParseUint(id, 10, 64); err == nil {
		if n >= uint64(len(s.blocks)) {
			return nil, errNotFound
		}
		return s.blockJSON(s.blocks[n]), nil
	}
	h, err := parseHash32(id)
	if err != nil {
		return nil, badRequest("invalid block hash or number")
	}
	for _, b := range s.blocks {
		if b.Hash == h {
			return s.blockJSON(b), nil
		}
	}
	return nil, errNotFound
}

func (s *Sim) getEpochLatest(*http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n, txs int
	var fees, out uint64
	first, last := int64(0), int64(0)
	for _, b := range s.blocks {
		if b.Epoch != s.epoch {
			continue
		}
		if n == 0 {
			first = b.Time
		}
		n++
		txs += len(b.Txs)
		fees += b.Fees
		out += b.Output
		last = b.Time
	}
	start := s.cfg.SystemStart + s.epoch*int64(s.cfg.EpochLength)
	return map[string]any{
		"epoch": s.epoch, "start_time": start, "end_time": start + int64(s.cfg.EpochLength),
		"first_block_time": first, "last_block_time": last, "block_count": n, "tx_count": txs,
		"output": lovelace(out), "fees": lovelace(fees), "active_stake": nil,
	}, nil
}

func (s *Sim) getParams(*http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.params
	coins := lovelace(p.CoinsPerUTxOByte)
	return map[string]any{
		"epoch": s.epoch, "min_fee_a": p.MinFeeA, "min_fee_b": p.MinFeeB, "max_block_size": 90112,
		"max_tx_size": p.MaxTxSize, "max_block_header_size": 1100, "key_deposit": lovelace(p.KeyDeposit),
		"pool_deposit": lovelace(p.PoolDeposit), "e_max": 18, "n_opt": 500, "a0": 0.3, "rho": 0.003,
		"tau": 0.2, "decentralisation_param": 0, "extra_entropy": nil, "protocol_major_ver": p.ProtocolMajor,
		"protocol_minor_ver": 0, "min_utxo": coins, "min_pool_cost": lovelace(p.MinPoolCost), "nonce": "00",
		"coins_per_utxo_size": coins, "coins_per_utxo_word": coins, "cost_models": nil,
		"price_mem": 0.0577, "price_step": 0.0000721, "max_tx_ex_mem": "14000000",
		"max_tx_ex_steps": "10000000000", "max_block_ex_mem": "62000000", "max_block_ex_steps": "20000000000",
		"max_val_size": "5000", "collateral_percent": 150, "max_collateral_inputs": 3,
		"drep_deposit": "500000000", "gov_action_deposit": "100000000000",
	}, nil
}

func (s *Sim) getEpochBlocks(r *http.Request) (any, error) {
	n, err := strconv.ParseInt(r.PathValue("n"), 10, 64)
	if err != nil || n < 0 {
		return nil, badRequest("invalid epoch number")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if n > s.epoch {
		return nil, errNotFound
	}
	var hashes []string
	for _, b := range s.blocks {
		if b.Epoch == n {
			hashes = append(hashes, hex.EncodeToString(b.Hash[:]))
		}
	}
	idx, err := page(r, len(hashes))
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(idx))
	for _, i := range idx {
		out = append(out, hashes[i])
	}
	return out, nil
}

func (s *Sim) account(r *http.Request) (Hash28, *account, error) {
	cred, err := stakeCred(r.PathValue("stake"))
	if err != nil {
		return cred, nil, badRequest("Invalid or malformed stake address format.")
	}
	a := s.led.accounts[cred]
	if a == nil {
		return cred, nil, errNotFound
	}
	return cred, a, nil
}

func (s *Sim) getAccount(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cred, a, err := s.account(r)
	if err != nil {
		return nil, err
	}
	var pool *string
	if a.pool != nil && a.registered {
		p := poolBech32(*a.pool)
		pool = &p
	}
	return map[string]any{
		"stake_address": r.PathValue("stake"), "active": a.registered, "active_epoch": a.regEpoch,
		"controlled_amount": lovelace(s.led.stakeOf(cred) + a.reward), "rewards_sum": lovelace(a.rewardsSum),
		"withdrawals_sum": lovelace(a.withdrawn), "reserves_sum": "0", "treasury_sum": "0",
		"withdrawable_amount": lovelace(a.reward), "pool_id": pool, "drep_id": drepID(a.drep),
	}, nil
}

func (s *Sim) getAccountRewards(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, a, err := s.account(r)
	if err != nil {
		return nil, err
	}
	idx, err := page(r, len(a.rewards))
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, 0, len(idx))
	for _, i := range idx {
		e := a.rewards[i]
		out = append(out, map[string]any{"epoch": e.Epoch, "amount": lovelace(e.Amount), "pool_id": poolBech32(e.Pool), "type": "member"})
	}
	return out, nil
}

func (s *Sim) getAccountDelegations(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cred, a, err := s.account(r)
	if err != nil {
		return nil, err
	}
	idx, err := page(r, len(a.delegations))
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, 0, len(idx))
	for _, i := range idx {
		d := a.delegations[i]
		out = append(out, map[string]any{
			"active_epoch": d.ActiveEpoch, "tx_hash": hex.EncodeToString(d.TxID[:]),
			"amount": lovelace(s.led.stakeOf(cred) + a.reward), "pool_id": poolBech32(d.Pool),
		})
	}
	return out, nil
}

func (s *Sim) livePools() []Hash28 {
	var ids []Hash28
	for _, id := range s.poolIDs {
		if p := s.pools[id]; p.retiredAt == 0 || p.retiredAt > s.epoch {
			ids = append(ids, id)
		}
	}
	return ids
}

func (s *Sim) getPools(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := s.livePools()
	idx, err := page(r, len(ids))
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(idx))
	for _, i := range idx {
		out = append(out, poolBech32(ids[i]))
	}
	return out, nil
}

func (s *Sim) pool(r *http.Request) (*Pool, error) {
	id, err := parsePoolID(r.PathValue("id"))
	if err != nil {
		return nil, badRequest("Invalid or malformed pool id format.")
	}
	p := s.pools[id]
	if p == nil {
		return nil, errNotFound
	}
	return p, nil
}

func (s *Sim) getPool(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.pool(r)
	if err != nil {
		return nil, err
	}
	var live uint64
	delegators := 0
	for cred, a := range s.led.accounts {
		if a.registered && a.pool != nil && *a.pool == p.ID {
			live += s.led.stakeOf(cred) + a.reward
			delegators++
		}
	}
	var active uint64
	if h := p.history[s.epoch]; h != nil {
		active = h.active
	}
	retirement := []string{}
	if p.retiredAt != 0 {
		retirement = append(retirement, hex.EncodeToString(p.ID[:])+"00000000")
	}
	const saturation = 77_000_000_000_000
	return map[string]any{
		"pool_id": poolBech32(p.ID), "hex": hex.EncodeToString(p.ID[:]), "vrf_key": hex.EncodeToString(bytes.Repeat([]byte{0x5a}, 32)),
		"blocks_minted": p.blocksTotal, "blocks_epoch": 0, "live_stake": lovelace(live), "live_size": 0.0,
		"live_saturation": float64(live) / saturation, "live_delegators": delegators, "active_stake": lovelace(active),
		"active_size": 0.0, "declared_pledge": lovelace(p.Pledge), "live_pledge": lovelace(p.Pledge),
		"margin_cost": float64(p.MarginPPM) / 1e6, "fixed_cost": lovelace(p.FixedCost),
		"reward_account": stakeAddress(p.ID, s.cfg.NetworkID), "owners": []string{stakeAddress(p.ID, s.cfg.NetworkID)},
		"registration": []string{hex.EncodeToString(p.ID[:]) + "00000000"}, "retirement": retirement,
	}, nil
}

func (s *Sim) getPoolHistory(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.pool(r)
	if err != nil {
		return nil, err
	}
	epochs := make([]int64, 0, len(p.history))
	for e := range p.history {
		epochs = append(epochs, e)
	}
	slices.Sort(epochs)
	idx, err := page(r, len(epochs))
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, 0, len(idx))
	for _, i := range idx {
		h := p.history[epochs[i]]
		out = append(out, map[string]any{
			"epoch": epochs[i], "blocks": h.blocks, "active_stake": lovelace(h.active), "active_size": 0.0,
			"delegators_count": h.delegators, "rewards": lovelace(h.rewards), "fees": "0",
		})
	}
	return out, nil
}

func (s *Sim) getPoolMetadata(r *http.Request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.pool(r)
	if err != nil {
		return nil, err
	}
	url := "https://pools.example/" + strings.ToLower(p.Ticker) + ".json"
	return map[string]any{
		"pool_id": poolBech32(p.ID), "hex": hex.EncodeToString(p.ID[:]), "url": url,
		"hash": hex.EncodeToString(p.ID[:]) + "00000000", "ticker": p.Ticker, "name": p.Name,
		"description": p.Name + " (simulated)", "homepage": "https://pools.example/",
	}, nil
}

func (s *Sim) getUTxOs(r *http.Request) (any, error) {
	addr := r.PathValue("addr")
	raw, err := decodeAddress(addr)
	if err != nil {
		return nil, badRequest("Invalid address for this network or malformed address format.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.seen[addr] {
		return nil, errNotFound
	}
	type entry struct {
		in  TxIn
		out TxOut
	}
	var list []entry
	for in, out := range s.led.utxo {
		if bytes.Equal(out.Addr, raw) {
			list = append(list, entry{in, out})
		}
	}
	slices.SortFunc(list, func(a, b entry) int {
		if c := bytes.Compare(a.in.ID[:], b.in.ID[:]); c != 0 {
			return c
		}
		return int(a.in.Index) - int(b.in.Index)
	})
	idx, err := page(r, len(list))
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, 0, len(idx))
	for _, i := range idx {
		e := list[i]
		blockHash := ""
		if rec := s.txs[e.in.ID]; rec != nil {
			blockHash = hex.EncodeToString(rec.block.Hash[:])
		} else {
			blockHash = hex.EncodeToString(s.blocks[0].Hash[:])
		}
		out = append(out, map[string]any{
			"address": addr, "tx_hash": hex.EncodeToString(e.in.ID[:]), "tx_index": e.in.Index,
			"output_index": e.in.Index, "amount": []map[string]string{{"unit": "lovelace", "quantity": lovelace(e.out.Coin)}},
			"block": blockHash, "data_hash": nil, "inline_datum": nil, "reference_script_hash": nil,
		})
	}
	return out, nil
}

func txSummary(tx *Tx, deposit uint64) map[string]any {
	var out uint64
	for _, o := range tx.Outputs {
		out += o.Coin
	}
	var ttl, start *string
	if tx.TTL != nil {
		v := strconv.FormatUint(*tx.TTL, 10)
		ttl = &v
	}
	if tx.Start != nil {
		v := strconv.FormatUint(*tx.Start, 10)
		start = &v
	}
	stakeCerts, delegs := 0, 0
	for _, c := range tx.Certs {
		switch c.Kind {
		case CertStakeDelegation, CertStakeVoteDeleg:
			delegs++
		case CertStakeRegDeleg, CertStakeVoteRegDeleg:
			delegs++
			stakeCerts++
		default:
			stakeCerts++
		}
	}
	return map[string]any{
		"hash": hex.EncodeToString(tx.ID[:]), "output_amount": []map[string]string{{"unit": "lovelace", "quantity": lovelace(out)}},
		"fees": lovelace(tx.Fee), "deposit": lovelace(deposit), "size": len(tx.Raw), "invalid_before": start,
		"invalid_hereafter": ttl, "utxo_count": len(tx.Inputs) + len(tx.Outputs), "withdrawal_count": len(tx.Withdraw),
		"mir_cert_count": 0, "delegation_count": delegs, "stake_cert_count": stakeCerts, "pool_update_count": 0,
		"pool_retire_count": 0, "asset_mint_or_burn_count": 0, "redeemer_count": 0, "valid_contract": tx.IsValid,
	}
}

func (s *Sim) getTx(r *http.Request) (any, error) {
	h, err := parseHash32(r.PathValue("hash"))
	if err != nil {
		return nil, badRequest("Invalid or malformed transaction hash.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec := s.txs[h]
	if rec == nil {
		return nil, errNotFound
	}
	m := txSummary(rec.tx, rec.deposit)
	m["block"] = hex.EncodeToString(rec.block.Hash[:])
	m["block_height"] = rec.block.Height
	m["block_time"] = rec.block.Time
	m["slot"] = rec.block.Slot
	m["index"] = rec.index
	return m, nil
}

func (s *Sim) getMempoolTx(r *http.Request) (any, error) {
	h, err := parseHash32(r.PathValue("hash"))
	if err != nil {
		return nil, badRequest("Invalid or malformed transaction hash.")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, tx := range s.mempool {
		if tx.ID == h {
			inputs := make([]map[string]any, 0, len(tx.Inputs))
			for _, in := range tx.Inputs {
				inputs = append(inputs, map[string]any{"tx_hash": hex.EncodeToString(in.ID[:]), "output_index": in.Index})
			}
			return map[string]any{"tx": txSummary(tx, 0), "inputs": inputs, "outputs": []any{}, "redeemers": []any{}}, nil
		}
	}
	return nil, errNotFound
}

func (s *Sim) postSubmit(r *http.Request) (any, error) {
	if ct := r.Header.Get("Content-Type"); ct != "application/cbor" {
		return nil, &apiError{status: http.StatusUnsupportedMediaType, msg: "Content-Type must be application/cbor, got " + ct}
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return nil, badRequest("reading body: %v", err)
	}
	id, err := s.Submit(raw)
	if err != nil {
		var re *RejectError
		var de *decodeError
		switch {
		case errors.As(err, &re):
			return nil, badRequest("transaction submit error ShelleyTxValidationError ShelleyBasedEraConway (ApplyTxError (ConwayUtxowFailure (%s (%s)) :| []))", re.Rule, re.Detail)
		case errors.As(err, &de):
			return nil, badRequest("transaction read error RawCborDecodeError [DecoderErrorDeserialiseFailure \"Shelley Tx\" (%s)]", de.msg)
		}
		return nil, err
	}
	return hex.EncodeToString(id[:]), nil
}
