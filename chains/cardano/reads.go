package cardano

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"

	"github.com/blockfrost/blockfrost-go"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
)

const pageSize = 100

// Head implements chains.RewardReader: the latest block height, never lower than one
// returned before.
func (a *Adapter) Head(ctx context.Context) (uint64, error) {
	b, err := a.bf.BlockLatest(ctx)
	if err != nil {
		return 0, a.classify(ctx, "head", err)
	}
	if b.Height < 0 {
		return 0, fmt.Errorf("head: negative height %d: %w", b.Height, &chains.RetryableError{Err: errors.New("absurd block")})
	}
	return a.head.Observe(uint64(b.Height)), nil
}

// Validators implements chains.ValidatorReader: every registered pool with its margin as
// commission, live stake, and retirement as inactive.
func (a *Adapter) Validators(ctx context.Context) ([]chains.Validator, error) {
	var ids []string
	for page := 1; ; page++ {
		ps, err := a.bf.Pools(ctx, blockfrost.APIQueryParams{Count: pageSize, Page: page})
		if err != nil {
			return nil, a.classify(ctx, "validators", err)
		}
		ids = append(ids, ps...)
		if len(ps) < pageSize {
			break
		}
	}
	out := make([]chains.Validator, 0, len(ids))
	for _, id := range ids {
		v, err := a.validator(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (a *Adapter) validator(ctx context.Context, id string) (chains.Validator, error) {
	p, err := a.bf.Pool(ctx, id)
	if err != nil {
		return chains.Validator{}, a.classify(ctx, "pool "+id, err)
	}
	stake, err := lovelace(p.LiveStake, "live stake")
	if err != nil {
		return chains.Validator{}, fmt.Errorf("pool %s: %w", id, err)
	}
	if p.MarginCost < 0 || p.MarginCost > 1 || math.IsNaN(p.MarginCost) {
		return chains.Validator{}, fmt.Errorf("pool %s: margin %v: %w", id, p.MarginCost, &chains.RetryableError{Err: errors.New("absurd margin")})
	}
	v := chains.Validator{
		ID: p.PoolID, CommissionBps: uint32(math.Round(p.MarginCost * 10000)), Status: chains.ValidatorActive, TotalStake: stake,
		Detail: fmt.Sprintf("fixed cost %s lovelace, pledge %s, saturation %.3f", p.FixedCost, p.LivePledge, p.LiveSaturation),
	}
	if len(p.Retirement) > 0 {
		v.Status = chains.ValidatorInactive
	}
	md, err := a.bf.PoolMetadata(ctx, id)
	switch err = a.classify(ctx, "pool metadata "+id, err); {
	case err == nil:
		if md.Ticker != nil {
			v.Name = *md.Ticker
		}
		if md.Name != nil {
			v.Name = fmt.Sprintf("[%s] %s", v.Name, *md.Name)
		}
	case !errors.Is(err, errNotFound):
		return chains.Validator{}, err
	}
	return v, nil
}

// account is what the adapter reads of a stake address: blockfrost-go's Account plus the
// drep_id field that Blockfrost returns and blockfrost-go v0.2.2 does not decode.
type account struct {
	blockfrost.Account
	DRepID *string `json:"drep_id"`
	known  bool
	reward money.Amount
}

// readAccount reads the stake address; an address never seen on chain is not an error.
func (a *Adapter) readAccount(ctx context.Context, stakeAddr string, withDRep bool) (account, error) {
	var acc account
	var err error
	if withDRep {
		err = a.rawGet(ctx, "/accounts/"+stakeAddr, &acc)
	} else {
		acc.Account, err = a.bf.Account(ctx, stakeAddr)
	}
	if err = a.classify(ctx, "account "+stakeAddr, err); err != nil {
		if errors.Is(err, errNotFound) {
			return account{reward: money.Zero}, nil
		}
		return acc, err
	}
	acc.known = true
	if acc.reward, err = lovelace(acc.WithdrawableAmount, "withdrawable amount"); err != nil {
		return acc, fmt.Errorf("account %s: %w", stakeAddr, err)
	}
	return acc, nil
}

// rawGet reads one Blockfrost path into v with the adapter's HTTP client, answering errors
// as blockfrost-go does so that classify treats them alike.
func (a *Adapter) rawGet(ctx context.Context, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.server+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("project_id", a.project)
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return json.NewDecoder(resp.Body).Decode(v)
	case http.StatusNotFound:
		return &blockfrost.APIError{Response: blockfrost.NotFound{StatusCode: 404}}
	case http.StatusBadRequest:
		var br blockfrost.BadRequest
		json.NewDecoder(resp.Body).Decode(&br)
		return &blockfrost.APIError{Response: br}
	}
	return &blockfrost.APIError{Response: fmt.Sprintf("HTTP %d", resp.StatusCode)}
}

// Positions implements chains.PositionReader: one position, with the pool the stake key
// is delegated to, holding the stake address's controlled amount (base address UTxOs and
// reward balance). It counts as activating until the delegation to that pool is active
// (two epochs after the first certificate naming it).
func (a *Adapter) Positions(ctx context.Context, ownerAddr string) ([]chains.Position, error) {
	o, err := parseOwner(ownerAddr, a.network)
	if err != nil {
		return nil, fmt.Errorf("positions: owner: %w", chains.Rejected(chains.ReasonInvalid, "%v", err))
	}
	acc, err := a.readAccount(ctx, o.stakeAddr, false)
	if err != nil {
		return nil, fmt.Errorf("positions: %w", err)
	}
	if !acc.known || !acc.Active || acc.PoolID == nil {
		return nil, nil
	}
	controlled, err := lovelace(acc.ControlledAmount, "controlled amount")
	if err != nil {
		return nil, fmt.Errorf("positions: %w", err)
	}
	since, err := a.delegatedSince(ctx, o.stakeAddr, *acc.PoolID)
	if err != nil {
		return nil, err
	}
	ep, err := a.bf.EpochLatest(ctx)
	if err != nil {
		return nil, a.classify(ctx, "positions: epoch", err)
	}
	p := chains.Position{Validator: *acc.PoolID, Bonded: controlled, Activating: money.Zero, Withdrawable: money.Zero, Accrued: money.Zero}
	if since > int64(ep.Epoch) {
		p.Bonded, p.Activating = money.Zero, controlled
	}
	return []chains.Position{p}, nil
}

// Balance implements chains.BalanceReader: the owner's liquid ADA, the lovelace of every
// unspent output at the enterprise address of its payment key (the buffer; outputs that
// also hold native tokens count for their lovelace). Funds at the base address are stake
// and count in Positions instead.
func (a *Adapter) Balance(ctx context.Context, ownerAddr string) (money.Amount, error) {
	o, err := parseOwner(ownerAddr, a.network)
	if err != nil {
		return money.Amount{}, fmt.Errorf("balance: owner: %w", chains.Rejected(chains.ReasonInvalid, "%v", err))
	}
	total := money.Zero
	for page := 1; ; page++ {
		us, err := a.bf.AddressUTXOs(ctx, o.enterprise, blockfrost.APIQueryParams{Count: pageSize, Page: page})
		if err = a.classify(ctx, "balance: utxos of "+o.enterprise, err); err != nil {
			if errors.Is(err, errNotFound) {
				return total, nil // an address never used holds nothing
			}
			return money.Amount{}, err
		}
		for _, u := range us {
			for _, q := range u.Amount {
				if q.Unit != "lovelace" {
					continue
				}
				coin, err := lovelace(q.Quantity, "balance: utxo")
				if err != nil {
					return money.Amount{}, err
				}
				if total, err = total.Add(coin); err != nil {
					return money.Amount{}, fmt.Errorf("balance of %s: %w", o.enterprise, err)
				}
			}
		}
		if len(us) < pageSize {
			return total, nil
		}
	}
}

// delegatedSince returns the epoch from which the current run of delegations to pool is
// active: re-delegating to the same pool does not interrupt it.
func (a *Adapter) delegatedSince(ctx context.Context, stakeAddr, pool string) (int64, error) {
	since := int64(-1)
	for page := 1; ; page++ {
		ds, err := a.bf.AccountDelegationHistory(ctx, stakeAddr, blockfrost.APIQueryParams{Count: pageSize, Page: page, Order: "desc"})
		if err != nil {
			return 0, a.classify(ctx, "delegation history", err)
		}
		for _, d := range ds {
			if d.PoolID != pool {
				return since, nil
			}
			since = int64(d.ActiveEpoch)
		}
		if len(ds) < pageSize {
			return since, nil
		}
	}
}

// Rewards implements chains.RewardReader: each epoch's reward, counted when it lands (the
// first block of the epoch two after the one it was earned in) if that block's height is
// in the window.
func (a *Adapter) Rewards(ctx context.Context, ownerAddr string, w chains.Window) ([]chains.Reward, error) {
	o, err := parseOwner(ownerAddr, a.network)
	if err != nil {
		return nil, fmt.Errorf("rewards: owner: %w", chains.Rejected(chains.ReasonInvalid, "%v", err))
	}
	var out []chains.Reward
	for page := 1; ; page++ {
		hs, err := a.bf.AccountRewardsHistory(ctx, o.stakeAddr, blockfrost.APIQueryParams{Count: pageSize, Page: page, Order: "asc"})
		if err = a.classify(ctx, "reward history", err); err != nil {
			if errors.Is(err, errNotFound) {
				return nil, nil
			}
			return nil, err
		}
		for _, h := range hs {
			landed, ok, err := a.epochStart(ctx, int64(h.Epoch)+2)
			if err != nil {
				return nil, err
			}
			if !ok || landed < w.From || landed > w.To {
				continue
			}
			amt, err := lovelace(h.Amount, "reward")
			if err != nil {
				return nil, fmt.Errorf("rewards: epoch %d: %w", h.Epoch, err)
			}
			out = append(out, chains.Reward{
				Validator: h.PoolID, Amount: amt, Kind: chains.RewardCompounded,
				Ref: chains.Ref{Height: landed, Epoch: strconv.Itoa(int(h.Epoch))},
			})
		}
		if len(hs) < pageSize {
			return out, nil
		}
	}
}

// epochStart returns the height of the first block of epoch e, or false when it has none
// yet.
func (a *Adapter) epochStart(ctx context.Context, e int64) (uint64, bool, error) {
	a.mu.Lock()
	h, ok := a.firstBlock[e]
	a.mu.Unlock()
	if ok {
		return h, true, nil
	}
	hashes, err := a.bf.EpochBlockDistribution(ctx, int(e), blockfrost.APIQueryParams{Count: 1, Page: 1, Order: "asc"})
	if err = a.classify(ctx, fmt.Sprintf("blocks of epoch %d", e), err); err != nil {
		if errors.Is(err, errNotFound) {
			return 0, false, nil
		}
		return 0, false, err
	}
	if len(hashes) == 0 {
		return 0, false, nil
	}
	b, err := a.bf.Block(ctx, hashes[0])
	if err != nil {
		return 0, false, a.classify(ctx, "block "+hashes[0], err)
	}
	if b.Epoch != int(e) || b.Height < 0 {
		return 0, false, fmt.Errorf("block %s is in epoch %d, asked %d: %w", hashes[0], b.Epoch, e, &chains.RetryableError{Err: errors.New("inconsistent node")})
	}
	a.mu.Lock()
	a.firstBlock[e] = uint64(b.Height)
	a.mu.Unlock()
	return uint64(b.Height), true, nil
}

// Status implements chains.Broadcaster. A transaction found in a block is confirmed, or
// finalized past FinalityBlocks; one in the mempool is pending; one found nowhere is
// expired only when a tip read before the lookups had passed its TTL (ref.Seq), and
// unknown otherwise. An included transaction's fee is Blockfrost's `fees` of it (the
// body's fee field; deposits are not in it).
func (a *Adapter) Status(ctx context.Context, ref chains.TxRef) (chains.TxStatus, error) {
	if err := ctx.Err(); err != nil {
		return chains.TxStatus{}, fmt.Errorf("status: %w", err)
	}
	if b, err := hex.DecodeString(ref.ID); err != nil || len(b) != 32 {
		return chains.TxStatus{}, fmt.Errorf("status: %w", chains.Rejected(chains.ReasonInvalid, "%q is not a transaction id", ref.ID))
	}
	tip, err := a.bf.BlockLatest(ctx)
	if err != nil {
		return chains.TxStatus{}, a.classify(ctx, "status: tip", err)
	}
	high := a.head.Observe(uint64(max(tip.Height, 0)))
	tx, err := a.bf.Transaction(ctx, ref.ID)
	switch err = a.classify(ctx, "status: transaction", err); {
	case err == nil:
		h := uint64(max(tx.BlockHeight, 0))
		fee, err := lovelace(tx.Fees, "fees of "+ref.ID)
		if err != nil {
			return chains.TxStatus{}, fmt.Errorf("status: %w", err)
		}
		st := chains.TxStatus{State: chains.StateConfirmed, Height: h, Confirmations: 1, Fee: fee}
		if high >= h {
			st.Confirmations = high - h + 1
		}
		if !tx.ValidContract {
			st.State, st.Reason = chains.StateFailed, "phase-2 validation failed: collateral taken"
		} else if st.Confirmations >= a.set.FinalityBlocks {
			st.State = chains.StateFinalized
		}
		return st, nil
	case !errors.Is(err, errNotFound):
		return chains.TxStatus{}, err
	}
	_, err = a.bf.MempoolTx(ctx, ref.ID)
	switch err = a.classify(ctx, "status: mempool", err); {
	case err == nil:
		return chains.TxStatus{State: chains.StatePending}, nil
	case !errors.Is(err, errNotFound):
		return chains.TxStatus{}, err
	}
	if ref.Seq != 0 && tip.Slot >= 0 && uint64(tip.Slot) >= ref.Seq {
		return chains.TxStatus{State: chains.StateExpired, Reason: fmt.Sprintf("not on chain at slot %d, TTL %d", tip.Slot, ref.Seq)}, nil
	}
	return chains.TxStatus{State: chains.StateUnknown}, nil
}

// lovelace parses a Blockfrost amount string.
func lovelace(s, what string) (money.Amount, error) {
	v, err := money.ParseBaseUnits(s)
	if err != nil || v.Sign() < 0 || v.Big().BitLen() > 64 {
		return money.Amount{}, fmt.Errorf("%s %q: %w", what, s, &chains.RetryableError{Err: errors.New("absurd amount")})
	}
	return v, nil
}
