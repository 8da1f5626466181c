package pool

import (
	"math/big"
	"sort"

	"github.com/softstake/staker/money"
)

// AllowedValidator is one entry of the operator's allowlist.
type AllowedValidator struct {
	ID     string
	Weight uint32 // relative share; above zero
}

// splitTargets shares total over the validators in proportion to their weights, none above
// capAmount: validators whose proportional share would pass the cap are held at it and the
// rest is shared again over the others. Shares are floored and the units left over go one
// each to the largest remainders (ties to the smaller id), so the targets add up to total
// unless every validator is at its cap; what could not be placed is returned.
func splitTargets(total money.Amount, vals []AllowedValidator, capAmount money.Amount) (map[string]money.Amount, money.Amount) {
	out := make(map[string]money.Amount, len(vals))
	active := make([]AllowedValidator, 0, len(vals))
	for _, v := range vals {
		if v.Weight > 0 {
			active = append(active, v)
		}
	}
	sort.Slice(active, func(i, j int) bool { return active[i].ID < active[j].ID })
	remaining := total.Big()
	capBig := capAmount.Big()
	for len(active) > 0 && remaining.Sign() > 0 {
		weights := new(big.Int)
		for _, v := range active {
			weights.Add(weights, big.NewInt(int64(v.Weight)))
		}
		// Hold at the cap everyone whose share reaches it, and share again.
		var next []AllowedValidator
		capped := false
		for _, v := range active {
			share := new(big.Int).Mul(remaining, big.NewInt(int64(v.Weight)))
			share.Quo(share, weights)
			if share.Cmp(capBig) >= 0 {
				out[v.ID] = capAmount
				capped = true
				continue
			}
			next = append(next, v)
		}
		if capped {
			for _, v := range active {
				if _, held := out[v.ID]; held {
					remaining.Sub(remaining, capBig)
				}
			}
			active = next
			continue
		}
		type rem struct {
			id string
			r  *big.Int
		}
		rems := make([]rem, 0, len(active))
		placed := new(big.Int)
		for _, v := range active {
			num := new(big.Int).Mul(remaining, big.NewInt(int64(v.Weight)))
			q, r := new(big.Int).QuoRem(num, weights, new(big.Int))
			out[v.ID] = mustAmount(q)
			placed.Add(placed, q)
			rems = append(rems, rem{v.ID, r})
		}
		left := new(big.Int).Sub(remaining, placed) // fewer than len(active) units
		sort.SliceStable(rems, func(i, j int) bool { return rems[i].r.Cmp(rems[j].r) > 0 })
		for i := 0; left.Sign() > 0; i++ {
			out[rems[i].id] = add(out[rems[i].id], money.NewAmount(1))
			left.Sub(left, big.NewInt(1))
		}
		remaining.SetInt64(0)
	}
	for _, v := range vals {
		if _, ok := out[v.ID]; !ok {
			out[v.ID] = money.Zero
		}
	}
	return out, mustAmount(remaining)
}

func mustAmount(v *big.Int) money.Amount {
	a, err := money.FromBig(v)
	if err != nil {
		panic(err)
	}
	return a
}
