package simnet

import (
	"fmt"
	"strconv"
	"strings"
)

// block is what a chain's `tokens.<SYMBOL>:` block says.
type block struct {
	chain, network string
	chainID        uint64 // EVM only
	url            string
	keyID, custody string
	validators     []string
	weights        []int
	maxShareBps    int
	actions        []string // empty: the default (all but transfer)
	allow          []string // extra signing targets
	minAbs         string   // the buffer's absolute floor, in token units
	perTx, daily   string   // signing limits, in token units
	signingChainID string   // non-EVM: what signed payloads are bound to
	settings       [][2]string
}

// yaml renders the block's body, indented by four spaces.
func (b block) yaml() string {
	var w strings.Builder
	line := func(indent int, format string, args ...any) {
		w.WriteString(strings.Repeat(" ", indent))
		fmt.Fprintf(&w, format, args...)
		w.WriteByte('\n')
	}
	// The simulated users move a percent or two of custody a day, for days on end; a
	// buffer of 15 % with the default watermarks pays them through an unbonding period.
	line(4, "buffer:")
	line(6, "min_abs: %s", strconv.Quote(b.minAbs))
	line(6, "pct_bps: 1500")
	line(4, "chain: %s", b.chain)
	line(4, "network: %s", b.network)
	if b.chainID != 0 {
		line(4, "chain_id: %d", b.chainID)
	}
	line(4, "endpoints:")
	line(6, "- url: %s", strconv.Quote(b.url))
	line(4, "custody:")
	line(6, "- key: %s", b.keyID)
	line(8, "address: %s", strconv.Quote(b.custody))
	if len(b.validators) > 0 {
		line(4, "validators:")
		for i, v := range b.validators {
			line(6, "- id: %s", strconv.Quote(v))
			line(8, "weight: %d", b.weights[i])
		}
		line(4, "max_share_bps: %d", b.maxShareBps)
	}
	line(4, "signing:")
	if len(b.actions) > 0 {
		line(6, "actions: [%s]", strings.Join(b.actions, ", "))
	}
	line(6, "per_tx_limit: %s", strconv.Quote(b.perTx))
	line(6, "daily_limit: %s", strconv.Quote(b.daily))
	if b.signingChainID != "" {
		line(6, "chain_id: %s", strconv.Quote(b.signingChainID))
	}
	if len(b.allow) > 0 {
		line(6, "allow:")
		for _, a := range b.allow {
			line(8, "- address: %s", strconv.Quote(a))
		}
	}
	if len(b.settings) > 0 {
		line(4, "settings:")
		for _, kv := range b.settings {
			line(6, "%s: %s", kv[0], kv[1])
		}
	}
	return w.String()
}

// limits are the signing limits of every chain: one transaction may move the whole
// funding, a day four times it.
var perTxLimit, dailyLimit = strconv.Itoa(FundedUnits), strconv.Itoa(4 * FundedUnits)
