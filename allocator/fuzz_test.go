package allocator

import (
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
)

// fuzzAmount turns 8 bytes and a shift into an amount: values from 0 to about 2^232, so
// that every word size of the arithmetic gets exercised.
func fuzzAmount(b []byte, shift byte) uint256.Int {
	var buf [8]byte
	copy(buf[:], b)
	var u uint256.Int
	u.SetUint64(binary.LittleEndian.Uint64(buf[:]))
	u.Lsh(&u, uint(shift%30)*8)
	return u
}

// FuzzSplit cross-checks Split against the big.Rat reference on arbitrary holdings and
// parameters: every total and every reward must match to the base unit, or both must refuse.
func FuzzSplit(f *testing.F) {
	f.Add([]byte{1, 0, 100, 0, 0, 0, 0, 0, 0, 0, 1, 0, 44, 1, 0, 0, 0, 0, 0, 0}, []byte{40}, byte(0), uint16(0), []byte{}, []byte{}, []byte{}, byte(0), false, uint32(0))
	f.Add([]byte{1, 3, 7, 7, 7, 7, 1, 3, 7, 7, 7, 7, 1, 3, 7, 7, 7, 7}, []byte{255, 255, 255}, byte(9), uint16(1000), []byte{1}, []byte{7, 7}, []byte{}, byte(3), true, uint32(500))
	f.Add([]byte{0, 5, 1, 1, 0, 20, 2}, []byte{3}, byte(28), uint16(10000), []byte{}, []byte{}, []byte{9}, byte(2), false, uint32(0))
	f.Fuzz(func(t *testing.T, data, reward []byte, rewardShift byte, fee uint16, min, capacity, base []byte, shift byte, redistribute bool, maxAPR uint32) {
		// Parameters are checked before the holdings, so errors come in the order of the
		// cases below. Records of 1 flag byte, 1 shift byte and up to 8 bytes of average.
		var hs []Holding
		for i := 0; len(data) > 0 && i < 64; i++ {
			n := min2(len(data), 10)
			rec := data[:n]
			data = data[n:]
			var h Holding
			h.User = userName(i)
			h.Eligible = rec[0]&1 == 1
			if len(rec) > 2 {
				h.Avg = fuzzAmount(rec[2:], rec[1])
			}
			hs = append(hs, h)
		}
		r, m, c, b := fuzzAmount(reward, rewardShift), fuzzAmount(min, shift), fuzzAmount(capacity, shift), fuzzAmount(base, shift)
		p := Params{Reward: Amount(&r), FeeBps: uint32(fee), Min: Amount(&m), Cap: Amount(&c), Base: Amount(&b), MaxAPRBps: maxAPR % 1_000_000}
		if redistribute {
			p.Policy = Redistribute
		}
		a, err := Split(hs, p)
		want := referenceSplit(hs, p)
		switch {
		case p.FeeBps > 10000:
			if !errors.Is(err, ErrFeeBps) {
				t.Fatalf("fee %d: error %v", p.FeeBps, err)
			}
			return
		case !c.IsZero() && m.Gt(&c):
			if !errors.Is(err, ErrMinAboveCap) {
				t.Fatalf("min above cap: error %v", err)
			}
			return
		case want.sumAvg.BitLen() > 256:
			if !errors.Is(err, ErrOverflow) {
				t.Fatalf("sum %v: error %v", want.sumAvg, err)
			}
			return
		case !b.IsZero() && b.ToBig().Cmp(want.sumEff) < 0:
			if !errors.Is(err, ErrBaseBelowEffective) {
				t.Fatalf("base %v below sum(eff) %v: error %v", &b, want.sumEff, err)
			}
			return
		case err != nil:
			t.Fatalf("Split: %v", err)
		}
		for _, c := range []struct {
			name      string
			got, want *big.Int
		}{
			{"fee", a.Fee.Big(), want.fee},
			{"distributable", a.Distributable.Big(), want.dist},
			{"treasury", a.Treasury.Big(), want.treasury},
		} {
			if c.got.Cmp(c.want) != 0 {
				t.Fatalf("%s = %v, want %v", c.name, c.got, c.want)
			}
		}
		for s := range a.Shares() {
			if s.Reward.ToBig().Cmp(want.reward[s.User]) != 0 {
				t.Fatalf("%s: reward %v, want %v", s.User, &s.Reward, want.reward[s.User])
			}
		}
	})
}

func min2(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// FuzzMulDivRem checks the division kernel against math/big on arbitrary operands.
func FuzzMulDivRem(f *testing.F) {
	f.Add([]byte{1}, []byte{2}, []byte{3})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, []byte{0x80, 0, 0, 0, 0, 0, 0, 0, 0}, []byte{0x80, 0, 0, 0, 0, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, xb, yb, vb []byte) {
		var x, y, v uint256.Int
		x.SetBytes(xb[:min2(len(xb), 32)])
		y.SetBytes(yb[:min2(len(yb), 32)])
		v.SetBytes(vb[:min2(len(vb), 32)])
		if v.IsZero() {
			return
		}
		if y.Gt(&v) {
			y.Mod(&y, &v) // the kernel's precondition: y <= v
		}
		d := newDivisor(&v)
		q, r := d.mulDivRem(&x, words(&x), &y, words(&y))
		p := new(big.Int).Mul(x.ToBig(), y.ToBig())
		wq, wr := new(big.Int).QuoRem(p, v.ToBig(), new(big.Int))
		if q.ToBig().Cmp(wq) != 0 || r.ToBig().Cmp(wr) != 0 {
			t.Fatalf("%v*%v / %v = %v rem %v, want %v rem %v", &x, &y, &v, &q, &r, wq, wr)
		}
		if got := d.remainder(&x, &y, &q); got != r {
			t.Fatalf("remainder = %v, want %v", &got, &r)
		}
	})
}
