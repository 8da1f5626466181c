package simnet

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/mr-tron/base58"

	"github.com/softstake/staker/chains/solana/solanasim"
	"github.com/softstake/staker/money"
)

// solanaOutsideLamports is what the outside account users' deposits come from is airdropped
// with: a billion SOL.
const solanaOutsideLamports = 1_000_000_000 * 1_000_000_000

// solanaFlows is how money moves in and out of custody on Solana: System transfers between
// the custody account and an outside account, each signed by its payer and landed in a
// slot of its own.
type solanaFlows struct {
	url     string
	custody ed25519.PrivateKey
	outside ed25519.PrivateKey
}

func (c *solanaChain) deposit(ctx context.Context, amount money.Amount) error {
	to := solanasim.Pubkey(c.flows.custody.Public().(ed25519.PublicKey))
	_, err := c.transfer(ctx, c.flows.outside, to, amount)
	return err
}

func (c *solanaChain) withdraw(ctx context.Context, amount money.Amount) (money.Amount, error) {
	to := solanasim.Pubkey(c.flows.outside.Public().(ed25519.PublicKey))
	return c.transfer(ctx, c.flows.custody, to, amount)
}

// transfer sends a System Transfer of lamports from from's account to to through the
// node's sendTransaction with preflight (which refuses, changing nothing, what from cannot
// pay with its fee), lands it in the next slot and returns the fee the node charged.
func (c *solanaChain) transfer(ctx context.Context, from ed25519.PrivateKey, to solanasim.Pubkey, amount money.Amount) (money.Amount, error) {
	if !amount.Big().IsUint64() {
		return money.Amount{}, fmt.Errorf("%s lamports out of range", amount)
	}
	var latest struct {
		Value struct {
			Blockhash string `json:"blockhash"`
		} `json:"value"`
	}
	if err := c.rpc(ctx, "getLatestBlockhash", []any{map[string]string{"commitment": "processed"}}, &latest); err != nil {
		return money.Amount{}, err
	}
	hash, err := base58.Decode(latest.Value.Blockhash)
	if err != nil || len(hash) != 32 {
		return money.Amount{}, fmt.Errorf("blockhash %q: not 32 bytes of base58", latest.Value.Blockhash)
	}
	msg := transferMessage(from.Public().(ed25519.PublicKey), to, amount.Big().Uint64(), hash)
	tx := append([]byte{1}, ed25519.Sign(from, msg)...) // one signature, compact-u16 count
	tx = append(tx, msg...)
	var sig string
	if err := c.rpc(ctx, "sendTransaction", []any{base64.StdEncoding.EncodeToString(tx), map[string]string{"encoding": "base64"}}, &sig); err != nil {
		return money.Amount{}, err
	}
	c.sim.AdvanceSlots(1)
	var got *struct {
		Meta struct {
			Err json.RawMessage `json:"err"`
			Fee uint64          `json:"fee"`
		} `json:"meta"`
	}
	if err := c.rpc(ctx, "getTransaction", []any{sig, map[string]string{"commitment": "confirmed", "encoding": "base64"}}, &got); err != nil {
		return money.Amount{}, err
	}
	switch {
	case got == nil:
		return money.Amount{}, fmt.Errorf("transfer %s did not land", sig)
	case len(got.Meta.Err) > 0 && !bytes.Equal(got.Meta.Err, []byte("null")):
		return money.Amount{}, fmt.Errorf("transfer %s failed: %s", sig, got.Meta.Err)
	}
	return money.NewAmountUint64(got.Meta.Fee), nil
}

// transferMessage is a legacy message with one System Transfer of lamports from from (the
// fee payer and only signer) to to.
func transferMessage(from ed25519.PublicKey, to solanasim.Pubkey, lamports uint64, blockhash []byte) []byte {
	var m []byte
	m = append(m, 1, 0, 1) // one signature, no read-only signed account, one read-only unsigned
	m = append(m, 3)       // three account keys: from, to, the System program
	m = append(m, from...)
	m = append(m, to[:]...)
	m = append(m, solanasim.SystemProgram[:]...)
	m = append(m, blockhash...)
	m = append(m, 1)          // one instruction
	m = append(m, 2, 2, 0, 1) // program 2, accounts 0 and 1
	m = append(m, 12)         // data: Transfer (u32 2) and the lamports (u64), little-endian
	m = binary.LittleEndian.AppendUint32(m, 2)
	return binary.LittleEndian.AppendUint64(m, lamports)
}

// rpc calls method on the node and decodes its result into out.
func (c *solanaChain) rpc(ctx context.Context, method string, params []any, out any) error {
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.flows.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s: HTTP %d: %w", method, resp.StatusCode, err)
	}
	if r.Error != nil {
		return fmt.Errorf("%s: %s", method, r.Error.Message)
	}
	if len(r.Result) == 0 {
		return errors.New(method + ": no result")
	}
	if err := json.Unmarshal(r.Result, out); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	return nil
}
