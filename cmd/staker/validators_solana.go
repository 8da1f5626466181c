package main

import _ "github.com/softstake/staker/chains/solana" // registers "solana" for validators --token SOL
