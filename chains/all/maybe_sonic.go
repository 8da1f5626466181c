//go:build !omit_sonic

package all

import _ "github.com/softstake/staker/chains/evm/sonic" // registers "sonic"
