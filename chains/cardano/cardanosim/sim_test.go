package cardanosim

import "testing"

// TestAdvanceTo: the clock jumps to the slot given, crossing epoch boundaries, with one
// block there; a slot already passed changes nothing.
func TestAdvanceTo(t *testing.T) {
	s := New(Config{EpochLength: 100})
	s.AdvanceTo(250)
	if h, slot := s.Tip(); h != 1 || slot != 250 || s.Epoch() != 2 {
		t.Fatalf("after AdvanceTo(250): height %d, slot %d, epoch %d; want 1, 250, 2", h, slot, s.Epoch())
	}
	s.AdvanceTo(250)
	s.AdvanceTo(10)
	if h, slot := s.Tip(); h != 1 || slot != 250 {
		t.Fatalf("after going back: height %d, slot %d; want 1, 250", h, slot)
	}
}
