//go:build !omit_ronin

package all

import _ "github.com/softstake/staker/chains/evm/ronin" // registers "ronin"
