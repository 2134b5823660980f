<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Synced %n order(s)</source>
        <translation>
            <numerusform>Synced %n order</numerusform>
            <numerusform>Synced %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) could not be sent yet and wait in the outbox.</source>
        <translation>
            <numerusform>%n action could not be sent yet and wait in the outbox.</numerusform>
            <numerusform>%n actions could not be sent yet and wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer details hidden in %n order(s): the app has no access to protected customer data. Orders sync and ship as usual; to see names, emails and addresses, request access to protected customer data for the app in Shopify, then sync again.</source>
        <translation>
            <numerusform>Customer details hidden in %n order: the app has no access to protected customer data. Orders sync and ship as usual; to see names, emails and addresses, request access to protected customer data for the app in Shopify, then sync again.</numerusform>
            <numerusform>Customer details hidden in %n orders: the app has no access to protected customer data. Orders sync and ship as usual; to see names, emails and addresses, request access to protected customer data for the app in Shopify, then sync again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) older than 60 days are no longer shown by Shopify and were kept as last read. Give the app the read_all_orders scope to keep reading them.</source>
        <translation>
            <numerusform>%n open order older than 60 days is no longer shown by Shopify and was kept as last read. Give the app the read_all_orders scope to keep reading it.</numerusform>
            <numerusform>%n open orders older than 60 days are no longer shown by Shopify and were kept as last read. Give the app the read_all_orders scope to keep reading them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfilCommand</name>
    <message numerus="yes">
        <source>%1: fulfilled (%n item(s) from %2)</source>
        <translation>
            <numerusform>%1: fulfilled (%n item from %2)</numerusform>
            <numerusform>%1: fulfilled (%n items from %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.</source>
        <translation>
            <numerusform>%n action wait in the outbox; smidig-cli sync sends them when the shop answers.</numerusform>
            <numerusform>%n actions wait in the outbox; smidig-cli sync sends them when the shop answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: fulfilled (%n item(s))</source>
        <translation>
            <numerusform>%1: fulfilled (%n item)</numerusform>
            <numerusform>%1: fulfilled (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfillDialog</name>
    <message numerus="yes">
        <source>Fulfill %n Order(s)</source>
        <translation>
            <numerusform>Fulfill %n Order</numerusform>
            <numerusform>Fulfill %n Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n shipment</numerusform>
            <numerusform>%n shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not Fulfilled (%n order(s))</source>
        <translation>
            <numerusform>Not Fulfilled (%n order)</numerusform>
            <numerusform>Not Fulfilled (%n orders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n Order(s) Anyway</source>
        <translation>
            <numerusform>Fulfill %n Order Anyway</numerusform>
            <numerusform>Fulfill %n Orders Anyway</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfillProgressDialog</name>
    <message numerus="yes">
        <source>%n shipment(s) taken back.</source>
        <translation>
            <numerusform>%n shipment taken back.</numerusform>
            <numerusform>%n shipments taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) withdrawn</source>
        <translation>
            <numerusform>%n shipment withdrawn</numerusform>
            <numerusform>%n shipments withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) had already gone to Shopify</source>
        <translation>
            <numerusform>%n shipment had already gone to Shopify</numerusform>
            <numerusform>%n shipments had already gone to Shopify</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo (%n s)</source>
        <translation>
            <numerusform>&amp;Undo (%n s)</numerusform>
            <numerusform>&amp;Undo (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfillProgressModel</name>
    <message numerus="yes">
        <source>Sends in %n s (can be undone)</source>
        <translation>
            <numerusform>Sends in %n s (can be undone)</numerusform>
            <numerusform>Sends in %n s (can be undone)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfillmentFlow</name>
    <message numerus="yes">
        <source>Fulfilling %n Order(s)</source>
        <translation>
            <numerusform>Fulfilling %n Order</numerusform>
            <numerusform>Fulfilling %n Orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n order(s) ready for pickup?</source>
        <translation>
            <numerusform>Mark %n order ready for pickup?</numerusform>
            <numerusform>Mark %n orders ready for pickup?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Shopify tells each customer that the order is ready to collect.</source>
        <translation>
            <numerusform>%n item. Shopify tells each customer that the order is ready to collect.</numerusform>
            <numerusform>%n items. Shopify tells each customer that the order is ready to collect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take over %n order(s) from other stations?</source>
        <translation>
            <numerusform>Take over %n order from another station?</numerusform>
            <numerusform>Take over %n orders from other stations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTrackingCommand</name>
    <message numerus="yes">
        <source>%n row(s) read, %1 skipped.</source>
        <translation>
            <numerusform>%n row read, %1 skipped.</numerusform>
            <numerusform>%n rows read, %1 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.</source>
        <translation>
            <numerusform>%n action wait in the outbox; smidig-cli sync sends them when the shop answers.</numerusform>
            <numerusform>%n actions wait in the outbox; smidig-cli sync sends them when the shop answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) shown</source>
        <translation>
            <numerusform>%1 of %n order shown</numerusform>
            <numerusform>%1 of %n orders shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) older than 60 days are no longer shown by Shopify and are kept as last read (&quot;no longer readable&quot;). Give the app the read_all_orders scope to keep reading such orders.</source>
        <translation>
            <numerusform>%n open order older than 60 days is no longer shown by Shopify and is kept as last read (&quot;no longer readable&quot;). Give the app the read_all_orders scope to keep reading such orders.</numerusform>
            <numerusform>%n open orders older than 60 days are no longer shown by Shopify and are kept as last read (&quot;no longer readable&quot;). Give the app the read_all_orders scope to keep reading such orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message numerus="yes">
        <source>%n item(s) left to ship</source>
        <translation>
            <numerusform>%n item left to ship</numerusform>
            <numerusform>%n items left to ship</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup, waiting for the customer</source>
        <translation>
            <numerusform>%n item ready for pickup, waiting for the customer</numerusform>
            <numerusform>%n items ready for pickup, waiting for the customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to make ready for pickup</source>
        <translation>
            <numerusform>%n item to make ready for pickup</numerusform>
            <numerusform>%n items to make ready for pickup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n scanned</numerusform>
            <numerusform>%n scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n typed</numerusform>
            <numerusform>%n typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by hand</source>
        <translation>
            <numerusform>%n confirmed by hand</numerusform>
            <numerusform>%n confirmed by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderOutput</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message numerus="yes">
        <source>Drop %n action(s) for %1?</source>
        <translation>
            <numerusform>Drop %n action for %1?</numerusform>
            <numerusform>Drop %n actions for %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message numerus="yes">
        <source>Fulfill %n item(s)</source>
        <extracomment>%1 is a location, such as &quot;Lager Vejle&quot;</extracomment>
        <translation>
            <numerusform>Fulfill %n item</numerusform>
            <numerusform>Fulfill %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n item(s) from %1</source>
        <translation>
            <numerusform>Fulfill %n item from %1</numerusform>
            <numerusform>Fulfill %n items from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup</source>
        <extracomment>%1 is a location, such as &quot;Butik Aarhus&quot;</extracomment>
        <translation>
            <numerusform>%n item ready for pickup</numerusform>
            <numerusform>%n items ready for pickup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup at %1</source>
        <translation>
            <numerusform>%n item ready for pickup at %1</numerusform>
            <numerusform>%n items ready for pickup at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message numerus="yes">
        <source>Too many: %1 needs %n.</source>
        <translation>
            <numerusform>Too many: %1 needs %n.</numerusform>
            <numerusform>Too many: %1 needs %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan every item before the label: %n left.</source>
        <translation>
            <numerusform>Scan every item before the label: %n left.</numerusform>
            <numerusform>Scan every item before the label: %n left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n scanned</numerusform>
            <numerusform>%n scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n typed</numerusform>
            <numerusform>%n typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by hand</source>
        <translation>
            <numerusform>%n by hand</numerusform>
            <numerusform>%n by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message numerus="yes">
        <source>Wrote the packing slips of %n order(s) to %1.</source>
        <translation>
            <numerusform>Wrote the packing slip of %n order to %1.</numerusform>
            <numerusform>Wrote the packing slips of %n orders to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the pick list of %n order(s) to %1.</source>
        <translation>
            <numerusform>Wrote the pick list of %n order to %1.</numerusform>
            <numerusform>Wrote the pick list of %n orders to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message numerus="yes">
        <source>Not printed: the items of %n order(s) (%1) are still being read from Shopify. Print them again once their items show.</source>
        <translation>
            <numerusform>Not printed: the items of %1 are still being read from Shopify. Print it again once its items show.</numerusform>
            <numerusform>Not printed: the items of %n orders (%1) are still being read from Shopify. Print them again once their items show.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCountModel</name>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message numerus="yes">
        <source>%n oversold</source>
        <translation>
            <numerusform>%n oversold</numerusform>
            <numerusform>%n oversold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncResult</name>
    <message numerus="yes">
        <source>The open orders are up to date and %n order(s) of the history are saved, but the download of the rest broke off. Smidig goes on at the next sync.</source>
        <translation>
            <numerusform>The open orders are up to date and %n order of the history is saved, but the download of the rest broke off. Smidig goes on at the next sync.</numerusform>
            <numerusform>The open orders are up to date and %n orders of the history are saved, but the download of the rest broke off. Smidig goes on at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>Syncing: waiting %n second(s) for Shopify&apos;s rate limit</source>
        <translation>
            <numerusform>Syncing: waiting %n second for Shopify&apos;s rate limit</numerusform>
            <numerusform>Syncing: waiting %n seconds for Shopify&apos;s rate limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) are here; the order history is still coming...</source>
        <translation>
            <numerusform>%n open order is here; the order history is still coming...</numerusform>
            <numerusform>%n open orders are here; the order history is still coming...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) listed; reading their items...</source>
        <translation>
            <numerusform>%n open order listed; reading its items...</numerusform>
            <numerusform>%n open orders listed; reading their items...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingEditor</name>
    <message numerus="yes">
        <source>Cannot be sent as typed: %n tracking number(s) or link(s). Correct or clear what is marked above.</source>
        <translation>
            <numerusform>Cannot be sent as typed: %n tracking number or link. Correct or clear what is marked above.</numerusform>
            <numerusform>Cannot be sent as typed: %n tracking numbers or links. Correct or clear what is marked above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A warning on %n tracking number(s) (see above). Send anyway only if you are sure.</source>
        <translation>
            <numerusform>A warning on %n tracking number (see above). Send anyway only if you are sure.</numerusform>
            <numerusform>A warning on %n tracking numbers (see above). Send anyway only if you are sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tracking links are sent for %n shipment(s): Shopify needs a link for every number of a shipment or for none. Add the missing links, or clear the others.</source>
        <translation>
            <numerusform>No tracking links are sent for %n shipment: Shopify needs a link for every number of a shipment or for none. Add the missing links, or clear the others.</numerusform>
            <numerusform>No tracking links are sent for %n shipments: Shopify needs a link for every number of a shipment or for none. Add the missing links, or clear the others.</numerusform>
        </translation>
    </message>
</context>
</TS>
