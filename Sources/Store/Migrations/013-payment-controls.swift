import GRDB

/// Payment controls: batches numbered 1, 2, 3 … within each municipality (the row id is shared
/// by all municipalities, so each saw gaps), the payment reference from the finance system, and
/// the four-eyes rule (on unless the municipality turns it off): whoever approved a claim does
/// not also mark its batch paid.
let m013PaymentControls = Migration(identifier: "013-payment-controls") { db in
    try db.execute(sql: """
        ALTER TABLE payment_batch ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
        UPDATE payment_batch SET number = (SELECT COUNT(*) FROM payment_batch b
          WHERE b.municipality_id = payment_batch.municipality_id AND b.id <= payment_batch.id);
        CREATE UNIQUE INDEX payment_batch_number ON payment_batch(municipality_id, number);
        -- Every new batch takes the next number inside its own transaction (the writer is serial,
        -- so two batches made at once get consecutive numbers, and one rolled back uses none).
        CREATE TRIGGER payment_batch_next_number AFTER INSERT ON payment_batch WHEN NEW.number = 0
        BEGIN
          UPDATE payment_batch SET number = (SELECT MAX(number) + 1 FROM payment_batch WHERE municipality_id = NEW.municipality_id)
          WHERE id = NEW.id;
        END;
        ALTER TABLE payment_batch ADD COLUMN payment_reference TEXT;
        ALTER TABLE grant_rules ADD COLUMN four_eyes_payments BOOLEAN NOT NULL DEFAULT 1;
        """)
}
