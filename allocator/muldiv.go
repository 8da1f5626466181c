package allocator

import (
	"math/big"
	"math/bits"

	"github.com/holiman/uint256"
)

// divisor computes floor(x*y / v) and (x*y) mod v for a fixed v and many x*y products of up to
// 512 bits, without allocating. The normalization Knuth's algorithm D needs is computed once,
// which is what makes the per-user split cheap.
type divisor struct {
	v     uint256.Int // the divisor, never zero
	n     int         // significant 64-bit words of v, 1..4
	shift uint        // leading zero bits of v's top word
	norm  [4]uint64   // v << shift; norm[n-1] has its top bit set
	bits  int         // bit length of v
	recip uint64      // for n == 2: floor((2^192-1) / (norm[1]:norm[0])) - 2^64
}

func newDivisor(v *uint256.Int) divisor {
	if v.IsZero() {
		panic("allocator: division by zero") // callers check sum(eff) > 0 first
	}
	d := divisor{v: *v, n: words(v), bits: v.BitLen()}
	d.shift = uint(bits.LeadingZeros64(v[d.n-1]))
	for i := d.n - 1; i > 0; i-- {
		d.norm[i] = v[i]<<d.shift | v[i-1]>>(64-d.shift)
	}
	d.norm[0] = v[0] << d.shift
	if d.n == 2 {
		// The reciprocal of the normalized two-word divisor, for division of three words by
		// two without a hardware divide (Möller and Granlund, "Improved division by
		// invariant integers", 2011). Computed once per split, so math/big is fine here.
		num := new(big.Int).Lsh(big.NewInt(1), 192)
		num.Sub(num, big.NewInt(1))
		den := new(big.Int).Lsh(new(big.Int).SetUint64(d.norm[1]), 64)
		den.Or(den, new(big.Int).SetUint64(d.norm[0]))
		num.Quo(num, den)
		num.Sub(num, new(big.Int).Lsh(big.NewInt(1), 64))
		d.recip = num.Uint64()
	}
	return d
}

// div3by2 divides u2:u1:u0 by the normalized divisor norm[1]:norm[0], given u2:u1 below it,
// and returns the one-word quotient and the two-word remainder.
func (d *divisor) div3by2(u2, u1, u0 uint64) (q, r1, r0 uint64) {
	d1, d0 := d.norm[1], d.norm[0]
	q1, q0 := bits.Mul64(d.recip, u2)
	var c uint64
	q0, c = bits.Add64(q0, u1, 0)
	q1, _ = bits.Add64(q1, u2, c)
	r1 = u1 - q1*d1
	t1, t0 := bits.Mul64(d0, q1)
	var b uint64
	r0, b = bits.Sub64(u0, t0, 0)
	r1, _ = bits.Sub64(r1, t1, b)
	r0, b = bits.Sub64(r0, d0, 0)
	r1, _ = bits.Sub64(r1, d1, b)
	q1++
	if r1 >= q0 {
		q1--
		r0, c = bits.Add64(r0, d0, 0)
		r1, _ = bits.Add64(r1, d1, c)
	}
	if r1 > d1 || (r1 == d1 && r0 >= d0) {
		q1++
		r0, b = bits.Sub64(r0, d0, 0)
		r1, _ = bits.Sub64(r1, d1, b)
	}
	return q1, r1, r0
}

// words returns the number of significant 64-bit words of x (0 for zero).
func words(x *uint256.Int) int {
	switch {
	case x[3] != 0:
		return 4
	case x[2] != 0:
		return 3
	case x[1] != 0:
		return 2
	case x[0] != 0:
		return 1
	}
	return 0
}

// mul512 sets p to the full product x*y and returns its significant word count.
func mul512(p *[8]uint64, x *uint256.Int, xn int, y *uint256.Int, yn int) int {
	*p = [8]uint64{}
	for i := 0; i < xn; i++ {
		var carry uint64
		xi := x[i]
		for j := 0; j < yn; j++ {
			hi, lo := bits.Mul64(xi, y[j])
			var c uint64
			lo, c = bits.Add64(lo, p[i+j], 0)
			hi += c
			lo, c = bits.Add64(lo, carry, 0)
			hi += c
			p[i+j] = lo
			carry = hi
		}
		p[i+yn] = carry
	}
	pn := xn + yn
	for pn > 0 && p[pn-1] == 0 {
		pn--
	}
	return pn
}

// mulDivRem returns floor(x*y / d.v) and (x*y) mod d.v. xn and yn are the significant word
// counts of x and y. The caller guarantees the quotient fits in 256 bits, which holds whenever
// y <= d.v.
func (d *divisor) mulDivRem(x *uint256.Int, xn int, y *uint256.Int, yn int) (q, r uint256.Int) {
	switch {
	case d.n == 1 && xn <= 1:
		// y <= v < 2^64 and q <= x < 2^64: one hardware division.
		hi, lo := bits.Mul64(x[0], y[0])
		q[0], r[0] = bits.Div64(hi, lo, d.v[0])
		return q, r
	case d.n == 2 && xn <= 2:
		// Both factors below 2^128, quotient below 2^128: two 3-by-2 divisions of the
		// normalized product.
		var p0, p1, p2, p3 uint64
		h, l := bits.Mul64(x[0], y[0])
		p0 = l
		h1, l1 := bits.Mul64(x[0], y[1])
		h2, l2 := bits.Mul64(x[1], y[0])
		h3, l3 := bits.Mul64(x[1], y[1])
		var c1, c2 uint64
		p1, c1 = bits.Add64(h, l1, 0)
		p2, c2 = bits.Add64(h1, l3, c1)
		p3 = h3 + c2
		p1, c1 = bits.Add64(p1, l2, 0)
		p2, c2 = bits.Add64(p2, h2, c1)
		p3 += c2
		s := d.shift
		u4 := p3 >> (64 - s)
		u3 := p3<<s | p2>>(64-s)
		u2 := p2<<s | p1>>(64-s)
		u1 := p1<<s | p0>>(64-s)
		u0 := p0 << s
		_ = u4 // zero: the quotient is below 2^128
		var r1, r0 uint64
		q[1], r1, r0 = d.div3by2(u3, u2, u1)
		q[0], r1, r0 = d.div3by2(r1, r0, u0)
		r[0] = r0>>s | r1<<(64-s)
		r[1] = r1 >> s
		return q, r
	}
	var p [8]uint64
	pn := mul512(&p, x, xn, y, yn)
	if pn < d.n {
		copy(r[:], p[:4])
		return q, r
	}
	n := d.n
	if n == 1 {
		// Short division: one hardware division per word of the product.
		dv := d.v[0]
		var rem uint64
		for j := pn - 1; j >= 0; j-- {
			var qj uint64
			qj, rem = bits.Div64(rem, p[j], dv)
			if j < 4 {
				q[j] = qj
			}
		}
		r[0] = rem
		return q, r
	}

	// Knuth, TAOCP vol. 2, 4.3.1, algorithm D, on the product shifted left so that the
	// divisor's top bit is set.
	var un [9]uint64
	s := d.shift
	un[pn] = p[pn-1] >> (64 - s) // a shift by 64 yields 0 in Go
	for i := pn - 1; i > 0; i-- {
		un[i] = p[i]<<s | p[i-1]>>(64-s)
	}
	un[0] = p[0] << s

	dh, dl := d.norm[n-1], d.norm[n-2]
	for j := pn - n; j >= 0; j-- {
		u2, u1, u0 := un[j+n], un[j+n-1], un[j+n-2]
		var qhat uint64
		if u2 >= dh {
			// The estimate saturates; with a normalized divisor it is then at most one too
			// large, which the add-back below corrects.
			qhat = ^uint64(0)
		} else {
			var rhat uint64
			qhat, rhat = bits.Div64(u2, u1, dh)
			ph, pl := bits.Mul64(qhat, dl)
			if ph > rhat || (ph == rhat && pl > u0) {
				qhat--
			}
		}
		// un[j : j+n+1] -= qhat * norm
		var borrow uint64
		for i := 0; i < n; i++ {
			ph, pl := bits.Mul64(qhat, d.norm[i])
			var b1, b2 uint64
			t, b1 := bits.Sub64(un[j+i], pl, 0)
			t, b2 = bits.Sub64(t, borrow, 0)
			un[j+i] = t
			borrow = ph + b1 + b2
		}
		top := u2 - borrow
		if u2 < borrow {
			// qhat was one too large: add the divisor back once.
			qhat--
			var c uint64
			for i := 0; i < n; i++ {
				un[j+i], c = bits.Add64(un[j+i], d.norm[i], c)
			}
			top += c
		}
		un[j+n] = top
		if j < 4 {
			q[j] = qhat
		}
	}
	for i := 0; i < n-1; i++ {
		r[i] = un[i]>>s | un[i+1]<<(64-s)
	}
	r[n-1] = un[n-1] >> s
	return q, r
}

// remainder returns (x*y - q*d.v) mod 2^(64*d.n), which is (x*y) mod d.v when q is the
// quotient mulDivRem returned for the same x and y: the true remainder is below d.v, so the
// low words of the two products determine it. It costs a few multiplications, no division.
func (d *divisor) remainder(x *uint256.Int, y *uint256.Int, q *uint256.Int) uint256.Int {
	var r uint256.Int
	switch d.n {
	case 1:
		r[0] = x[0]*y[0] - q[0]*d.v[0]
	case 2:
		r[0], r[1] = lowMul128(x[0], x[1], y[0], y[1])
		a0, a1 := lowMul128(q[0], q[1], d.v[0], d.v[1])
		var b uint64
		r[0], b = bits.Sub64(r[0], a0, 0)
		r[1], _ = bits.Sub64(r[1], a1, b)
	default:
		var a, b uint256.Int
		a.Mul(x, y) // wrapping: the low 256 bits
		b.Mul(q, &d.v)
		r.Sub(&a, &b)
	}
	return r
}

// lowMul128 returns the low 128 bits of (x1:x0) * (y1:y0).
func lowMul128(x0, x1, y0, y1 uint64) (lo, hi uint64) {
	hi, lo = bits.Mul64(x0, y0)
	hi += x0*y1 + x1*y0
	return lo, hi
}

// bucket returns the top bucketBits bits of r, which must be below d.v, as a histogram index
// that orders remainders the way they compare.
func (d *divisor) bucket(r *uint256.Int) uint16 {
	if d.bits <= bucketBits {
		return uint16(r[0])
	}
	sh := uint(d.bits - bucketBits)
	w, o := sh/64, sh%64
	v := r[w] >> o
	if o != 0 && w < 3 {
		v |= r[w+1] << (64 - o)
	}
	return uint16(v) // bucketBits == 16
}

// bucketBits is the resolution of the remainder histogram used to find the k largest
// remainders: 2^16 counters, 256 KiB, which fits in a core's cache.
const bucketBits = 16
