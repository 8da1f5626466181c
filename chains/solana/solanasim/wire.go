package solanasim

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/mr-tron/base58"
)

// transaction is a decoded legacy transaction: its signatures and its message, with the
// exact message bytes the signatures cover.
type transaction struct {
	sigs     [][64]byte
	msg      message
	msgBytes []byte
	raw      []byte // the wire bytes as submitted
}

// id returns the transaction's id: its first signature in base58.
func (t *transaction) id() string { return base58.Encode(t.sigs[0][:]) }

// message is a decoded legacy message.
type message struct {
	numSigners, numROSigned, numROUnsigned int
	keys                                   []Pubkey
	blockhash                              [32]byte
	ixs                                    []instruction
}

// instruction is one compiled instruction: indices into the message's keys.
type instruction struct {
	program  int
	accounts []int
	data     []byte
}

// isSigner reports whether key i signed the message.
func (m *message) isSigner(i int) bool { return i < m.numSigners }

// isWritable reports whether key i may be written by the message.
func (m *message) isWritable(i int) bool {
	if i < m.numSigners {
		return i < m.numSigners-m.numROSigned
	}
	return i < len(m.keys)-m.numROUnsigned
}

// reader walks a byte slice, failing on overruns.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("offset %d: %s", r.off, fmt.Sprintf(format, args...))
	}
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.off+n > len(r.b) {
		r.fail("need %d bytes, have %d", n, len(r.b)-r.off)
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) u8() int {
	s := r.take(1)
	if s == nil {
		return 0
	}
	return int(s[0])
}

// compactU16 reads Solana's short-vec length: 7 bits per byte, at most 3 bytes, minimal.
func (r *reader) compactU16() int {
	v := 0
	for i := 0; i < 3; i++ {
		s := r.take(1)
		if s == nil {
			return 0
		}
		b := int(s[0])
		v |= (b & 0x7f) << (7 * i)
		if b&0x80 == 0 {
			if i > 0 && b == 0 {
				r.fail("non-minimal compact-u16")
			}
			if v > 0xffff {
				r.fail("compact-u16 overflow")
			}
			return v
		}
	}
	r.fail("compact-u16 longer than 3 bytes")
	return 0
}

// decodeTransaction decodes a wire transaction (compact array of signatures followed by a
// legacy message). Versioned messages, bad indices and trailing bytes are refused.
func decodeTransaction(b []byte) (*transaction, error) {
	r := &reader{b: b}
	n := r.compactU16()
	tx := &transaction{}
	for i := 0; i < n && r.err == nil; i++ {
		var s [64]byte
		copy(s[:], r.take(64))
		tx.sigs = append(tx.sigs, s)
	}
	if r.err != nil {
		return nil, r.err
	}
	start := r.off
	m, err := decodeMessage(r)
	if err != nil {
		return nil, err
	}
	tx.msg = *m
	tx.msgBytes = b[start:]
	tx.raw = b
	if n == 0 || n != m.numSigners {
		return nil, fmt.Errorf("%d signatures for %d required signers", n, m.numSigners)
	}
	return tx, nil
}

func decodeMessage(r *reader) (*message, error) {
	m := &message{}
	if len(r.b) > r.off && r.b[r.off]&0x80 != 0 {
		return nil, errors.New("versioned messages are not supported")
	}
	m.numSigners, m.numROSigned, m.numROUnsigned = r.u8(), r.u8(), r.u8()
	nk := r.compactU16()
	seen := map[Pubkey]bool{}
	for i := 0; i < nk && r.err == nil; i++ {
		var k Pubkey
		copy(k[:], r.take(32))
		if seen[k] && r.err == nil {
			return nil, fmt.Errorf("account %s loaded twice", k)
		}
		seen[k] = true
		m.keys = append(m.keys, k)
	}
	copy(m.blockhash[:], r.take(32))
	ni := r.compactU16()
	for i := 0; i < ni && r.err == nil; i++ {
		var ix instruction
		ix.program = r.u8()
		na := r.compactU16()
		for j := 0; j < na && r.err == nil; j++ {
			ix.accounts = append(ix.accounts, r.u8())
		}
		ix.data = append([]byte(nil), r.take(r.compactU16())...)
		m.ixs = append(m.ixs, ix)
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(r.b) {
		return nil, fmt.Errorf("%d trailing bytes", len(r.b)-r.off)
	}
	switch {
	case m.numSigners == 0:
		return nil, errors.New("no fee payer")
	case m.numSigners > len(m.keys), m.numROSigned >= m.numSigners, m.numROUnsigned > len(m.keys)-m.numSigners:
		return nil, errors.New("message header does not fit its account keys")
	}
	for _, ix := range m.ixs {
		if ix.program >= len(m.keys) || ix.program == 0 {
			return nil, fmt.Errorf("program index %d out of range", ix.program)
		}
		for _, a := range ix.accounts {
			if a >= len(m.keys) {
				return nil, fmt.Errorf("account index %d out of range", a)
			}
		}
	}
	return m, nil
}

// verify checks every required signature over the message bytes.
func (t *transaction) verify() bool {
	for i := range t.msg.numSigners {
		if !ed25519.Verify(ed25519.PublicKey(t.msg.keys[i][:]), t.msgBytes, t.sigs[i][:]) {
			return false
		}
	}
	return true
}

// le reads little-endian integers from instruction data.
type le struct {
	r reader
}

func newLE(b []byte) *le { return &le{r: reader{b: b}} }

func (d *le) u32() uint32 {
	s := d.r.take(4)
	if s == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(s)
}

func (d *le) u64() uint64 {
	s := d.r.take(8)
	if s == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(s)
}

func (d *le) key() Pubkey {
	var k Pubkey
	copy(k[:], d.r.take(32))
	return k
}

// str reads a bincode string: u64 length then bytes.
func (d *le) str() string {
	n := d.u64()
	if n > 1024 {
		d.r.fail("string of %d bytes", n)
		return ""
	}
	return string(d.r.take(int(n)))
}

// done reports an error if the data was short or has bytes left over.
func (d *le) done() error {
	if d.r.err != nil {
		return d.r.err
	}
	if d.r.off != len(d.r.b) {
		return fmt.Errorf("%d trailing bytes of instruction data", len(d.r.b)-d.r.off)
	}
	return nil
}
