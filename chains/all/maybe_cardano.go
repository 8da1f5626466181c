//go:build !omit_cardano

package all

import _ "github.com/softstake/staker/chains/cardano" // registers "cardano"
