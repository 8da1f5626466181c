//go:build !omit_solana

package all

import _ "github.com/softstake/staker/chains/solana" // registers "solana"
