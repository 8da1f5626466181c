//go:build !omit_bsc

package all

import _ "github.com/softstake/staker/chains/evm/bsc" // registers "bsc"
