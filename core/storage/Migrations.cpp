#include "core/storage/Migrations.h"

using namespace Qt::StringLiterals;

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps{
        // 1: orders with their line items, fulfillment orders and fulfillments. Times are
        // UTC milliseconds since the epoch. The orders table also carries what the order
        // table shows (item count, locations, tracking numbers, SKUs), so the app starts
        // from one read of one table.
        {
            uR"(CREATE TABLE orders (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                number INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                processed_at INTEGER,
                cancelled_at INTEGER,
                closed INTEGER NOT NULL,
                email TEXT NOT NULL,
                customer_name TEXT NOT NULL,
                financial_status TEXT NOT NULL,
                fulfillment_status TEXT NOT NULL,
                total_minor INTEGER NOT NULL,
                currency TEXT NOT NULL,
                item_count INTEGER NOT NULL,
                location_names TEXT NOT NULL,
                tracking_numbers TEXT NOT NULL,
                skus TEXT NOT NULL
            ))"_s,
            uR"(CREATE TABLE line_items (
                id TEXT PRIMARY KEY,
                order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                variant_title TEXT NOT NULL,
                sku TEXT NOT NULL,
                variant_id TEXT NOT NULL,
                inventory_item_id TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                current_quantity INTEGER NOT NULL,
                unfulfilled_quantity INTEGER NOT NULL,
                unit_price_minor INTEGER NOT NULL,
                currency TEXT NOT NULL
            ))"_s,
            u"CREATE INDEX line_items_order ON line_items(order_id)"_s,
            u"CREATE INDEX line_items_inventory_item ON line_items(inventory_item_id)"_s,
            uR"(CREATE TABLE fulfillment_orders (
                id TEXT PRIMARY KEY,
                order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                status TEXT NOT NULL,
                request_status TEXT NOT NULL,
                location_id TEXT NOT NULL,
                location_name TEXT NOT NULL,
                fulfillment_service TEXT NOT NULL,
                fulfill_at INTEGER,
                updated_at INTEGER,
                supported_actions TEXT NOT NULL
            ))"_s,
            u"CREATE INDEX fulfillment_orders_order ON fulfillment_orders(order_id)"_s,
            uR"(CREATE TABLE fulfillment_holds (
                fulfillment_order_id TEXT NOT NULL
                    REFERENCES fulfillment_orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                reason TEXT NOT NULL,
                notes TEXT NOT NULL,
                PRIMARY KEY (fulfillment_order_id, position)
            ))"_s,
            uR"(CREATE TABLE fulfillment_order_line_items (
                id TEXT PRIMARY KEY,
                fulfillment_order_id TEXT NOT NULL
                    REFERENCES fulfillment_orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                line_item_id TEXT NOT NULL,
                total_quantity INTEGER NOT NULL,
                remaining_quantity INTEGER NOT NULL
            ))"_s,
            u"CREATE INDEX fulfillment_order_line_items_fo ON fulfillment_order_line_items(fulfillment_order_id)"_s,
            uR"(CREATE TABLE fulfillments (
                id TEXT PRIMARY KEY,
                order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                location_id TEXT NOT NULL,
                location_name TEXT NOT NULL
            ))"_s,
            u"CREATE INDEX fulfillments_order ON fulfillments(order_id)"_s,
            uR"(CREATE TABLE tracking_info (
                fulfillment_id TEXT NOT NULL REFERENCES fulfillments(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                company TEXT NOT NULL,
                number TEXT NOT NULL,
                url TEXT NOT NULL,
                PRIMARY KEY (fulfillment_id, position)
            ))"_s,
            // What the sync knows between runs: the last full sync, the updatedAt watermark.
            uR"(CREATE TABLE sync_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ))"_s,
        },
        // 2: the outbox of actions on their way to Shopify. An order is pending exactly while
        // it has an entry here that is not done: the entry is the mark, so the two cannot
        // disagree after a crash.
        {
            uR"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                action TEXT NOT NULL,
                state TEXT NOT NULL,
                order_id TEXT NOT NULL,
                order_name TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                send_after INTEGER NOT NULL,
                attempts INTEGER NOT NULL,
                message TEXT NOT NULL,
                finished_at INTEGER
            ))"_s,
            u"CREATE INDEX outbox_state ON outbox(state)"_s,
        },
        // 3: stock per inventory item and location, as the last inventory sync read it, with
        // the variant's inventory policy and whether the item is tracked.
        {
            uR"(CREATE TABLE inventory_levels (
                inventory_item_id TEXT NOT NULL,
                location_id TEXT NOT NULL,
                location_name TEXT NOT NULL,
                sku TEXT NOT NULL,
                tracked INTEGER NOT NULL,
                inventory_policy TEXT NOT NULL,
                available INTEGER NOT NULL,
                committed INTEGER NOT NULL,
                on_hand INTEGER NOT NULL,
                incoming INTEGER NOT NULL,
                reserved INTEGER NOT NULL,
                damaged INTEGER NOT NULL,
                quality_control INTEGER NOT NULL,
                safety_stock INTEGER NOT NULL,
                PRIMARY KEY (inventory_item_id, location_id)
            ))"_s,
        },
        // 4: no query looks line items up by their inventory item (the stock panel reads its
        // demand through the fulfillment orders), and keeping that index up to date was a
        // twelfth of storing a sync's orders (docs/benchmarks.md).
        {
            u"DROP INDEX IF EXISTS line_items_inventory_item"_s,
        },
        // 5: what a real shop's answers carry beyond the demo store's first assumptions
        // (docs/shopify-fidelity.md): test orders, customer data Shopify left out, shipments
        // Shopify's cut lists may have hidden, open orders Shopify stopped showing (the
        // 60-day window), orders not yet split into fulfillment orders, local pickup. A guest
        // checkout has no customer, and its ship-to name is not the customer's: the name of
        // the shipping address is kept on its own (customer_name holds only
        // Customer.displayName from now on, empty for a guest). The watermark goes
        // (OrderSync::kWatermarkKey), so the next sync is a full one that stores every order
        // again and fills the new columns.
        {
            u"ALTER TABLE orders ADD COLUMN shipping_name TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN test INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE orders ADD COLUMN customer_hidden INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE orders ADD COLUMN fulfillments_complete INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE orders ADD COLUMN unreadable_since INTEGER"_s,
            u"ALTER TABLE orders ADD COLUMN awaiting_routing INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE orders ADD COLUMN pickup INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE fulfillment_orders ADD COLUMN delivery_method TEXT NOT NULL DEFAULT ''"_s,
            u"DELETE FROM sync_state WHERE key = 'updatedAtWatermark'"_s,
        },
        // 6: several processes on one store (docs/architecture.md, "Exactly once across
        // processes"). Each open entry belongs to the process that holds its lease, renewed
        // by that process's heartbeat and expiring by the database's clock (UTC ms); epoch
        // grows with every take and takeover, so a process that lost an entry cannot record
        // an outcome for it. Entries from before have no owner and no lease: the first
        // process to open the store takes them over.
        {
            u"ALTER TABLE outbox ADD COLUMN owner TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE outbox ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outbox ADD COLUMN lease_until INTEGER"_s,
        },
        // 7: named leases (LeaseRepository): an order being packed at one station, the one
        // sync that runs for all. Times are the database's clock (UTC ms). Who holds it is a
        // running process (its SenderIdentity name); station and packer are what the other
        // stations show.
        {
            u"CREATE TABLE leases ("
            "name TEXT PRIMARY KEY, "
            "holder TEXT NOT NULL, "
            "station TEXT NOT NULL DEFAULT '', "
            "packer TEXT NOT NULL DEFAULT '', "
            "taken_at INTEGER NOT NULL, "
            "expires_at INTEGER NOT NULL)"_s,
        },
        // 8: the packing history (PackingHistory): who sent each fulfilment, from which
        // station and when, written with its outbox entry and kept after the outbox prunes
        // the finished entry (so `outbox_entry_id` is no reference: the row it named goes).
        // Times are UTC ms. What was packed line by line (scanned, or confirmed by hand) will
        // be rows of another table keyed by the same outbox_entry_id.
        {
            u"CREATE TABLE packing_history ("
            "outbox_entry_id INTEGER PRIMARY KEY, "
            "order_id TEXT NOT NULL, "
            "action TEXT NOT NULL, "
            "station TEXT NOT NULL, "
            "packer TEXT NOT NULL DEFAULT '', "
            "created_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX packing_history_order ON packing_history(order_id)"_s,
        },
        // 9: pack mode (issue 16). Each line item keeps its variant's barcode, which the
        // packing station matches scans against ('' when the variant has none, or there is
        // no variant); the watermark goes, so the next sync is a full one that fills it (as in
        // step 5). And how each line of a packed order was counted: one row per line of a
        // fulfilment, keyed like the packing history by the outbox entry id (no reference
        // either), with the units scanned one by one, typed as a quantity after a scan, and
        // confirmed by hand (an item without barcode). Written and forgotten with its
        // packing_history row.
        {
            u"ALTER TABLE line_items ADD COLUMN barcode TEXT NOT NULL DEFAULT ''"_s,
            u"DELETE FROM sync_state WHERE key = 'updatedAtWatermark'"_s,
            u"CREATE TABLE packing_lines ("
            "outbox_entry_id INTEGER NOT NULL, "
            "line_item_id TEXT NOT NULL, "
            "scanned INTEGER NOT NULL DEFAULT 0, "
            "typed INTEGER NOT NULL DEFAULT 0, "
            "confirmed INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY (outbox_entry_id, line_item_id))"_s,
        },
        // 10: what a packing slip prints (issue 17): the shipping address beyond its name
        // (shipping_name, step 5), the shipping method as the checkout named it
        // (ShippingLine.title) and the order's note; '' for what the order has not, or what
        // Shopify left out (customer_hidden). The watermark goes, so the next sync is a full
        // one that fills them (as in step 5).
        {
            u"ALTER TABLE orders ADD COLUMN shipping_company TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN shipping_address1 TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN shipping_address2 TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN shipping_zip TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN shipping_city TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN shipping_province TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN shipping_country TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN shipping_method TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE orders ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s,
            u"DELETE FROM sync_state WHERE key = 'updatedAtWatermark'"_s,
        },
        // 11: a big shop's open orders on screen in seconds (issue 18): a first sync lists
        // them with the table's columns only before it reads them whole. Such a row has no
        // lines yet; item_count holds the count Shopify gave. No full sync is needed: rows
        // from before were all read whole.
        {
            u"ALTER TABLE orders ADD COLUMN details_pending INTEGER NOT NULL DEFAULT 0"_s,
        },
    };
    return steps;
}
