//go:build !omit_polygon

package all

import _ "github.com/softstake/staker/chains/evm/polygon" // registers "polygon"
