package payout

import (
	"context"
	"fmt"

	"github.com/softstake/staker/store"
)

// Sink is one output of the payout feed. Deliver must be idempotent: delivering a batch
// the sink already holds is a success that changes nothing, and a different batch under
// a key the sink already holds is an error wrapping ErrDelivered, never an overwrite.
type Sink interface {
	// Name identifies the sink in delivery records ("jetstream", "file"); it must stay
	// the same across restarts.
	Name() string
	// Deliver hands sb to the sink and returns once the sink holds it durably.
	Deliver(ctx context.Context, sb SignedBatch) error
}

// Stored returns sb as the store keeps it: its JSON form as the body.
func (sb SignedBatch) Stored() store.StoredBatch {
	return store.StoredBatch{Key: sb.Key, Token: sb.Token, Day: sb.Day, Hash: sb.ManifestHash, Body: sb.AppendJSON(nil)}
}

// FromStored decodes a stored batch and checks that its body is the batch its row names
// (same key and manifest hash). It does not verify the signature.
func FromStored(b store.StoredBatch) (SignedBatch, error) {
	sb, err := ParseSignedBatch(b.Body)
	if err != nil {
		return SignedBatch{}, fmt.Errorf("stored batch %d %s: %w", b.Seq, b.Key, err)
	}
	if sb.Key != b.Key || sb.ManifestHash != b.Hash || sb.Token != b.Token || sb.Day != b.Day {
		return SignedBatch{}, fmt.Errorf("stored batch %d %s: %w: its body is batch %s with hash %s, the row says %s",
			b.Seq, b.Key, ErrMalformed, sb.Key, sb.ManifestHash, b.Hash)
	}
	return sb, nil
}

// DeliveryStore is what DeliverPending needs of the store.
type DeliveryStore interface {
	Undelivered(ctx context.Context, sink string) ([]store.StoredBatch, error)
	MarkDelivered(ctx context.Context, key, sink string) error
}

// DeliverPending delivers to sink, in sequence order, every stored batch not yet marked
// delivered to it, marking each once the sink has it. It stops at the first failure, so
// a later batch never overtakes an earlier one, and returns how many it delivered. A
// batch delivered but not marked (a crash in between) is delivered again next time,
// which sinks treat as a no-op.
func DeliverPending(ctx context.Context, st DeliveryStore, sink Sink) (int, error) {
	pending, err := st.Undelivered(ctx, sink.Name())
	if err != nil {
		return 0, err
	}
	for i, b := range pending {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		sb, err := FromStored(b)
		if err != nil {
			return i, err
		}
		if err := sink.Deliver(ctx, sb); err != nil {
			return i, fmt.Errorf("deliver %s to %s: %w", b.Key, sink.Name(), err)
		}
		if err := st.MarkDelivered(ctx, b.Key, sink.Name()); err != nil {
			return i, err
		}
	}
	return len(pending), nil
}
