<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliApp</name>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smidig&apos;s order desk from the command line.

Commands:
  sync     fetch every order from the shop into the local store
  orders   list orders from the local store (with --demo: from the demo store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders with this fulfillment status, such as unfulfilled or partially-fulfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders whose name, customer, email, SKU or tracking number contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync or orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: sync or orders. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one command, not %1. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are sync and orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: all, unfulfilled, partially-fulfilled, fulfilled, on-hold, scheduled, in-progress, pending-fulfillment, request-declined, restocked, open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop to sync with: give --shop and --token-env, or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The demo store could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which shop to use with --shop (and its token with --token-env), or use --demo, or give a local store with --database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The shop: my-shop, my-shop.myshopify.com or https://... (http only for loopback addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Admin API access token from this environment variable (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this local store file instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo store instead of a real shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --demo or --shop, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Smidig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Smidig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the latest orders from the shop (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Smidig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Smidig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Smidig %1&lt;/b&gt;&lt;p&gt;An order desk for Shopify stores: see what is paid but not shipped, and ship it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, customer, email, SKU or tracking number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Select an order to see its items, fulfillment orders and tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left to ship</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shipped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderOutput</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Shopify reports the status &quot;%1&quot;, which this version of Smidig does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopAddress</name>
    <message>
        <source>Enter your shop&apos;s address, for example my-shop.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shop address. Enter it as my-shop.myshopify.com or as https://my-shop.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with https://. Shops are reached over https only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which would send your access token unencrypted. Use https:// instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shop name. A shop name has only letters, digits and hyphens, as in my-shop.myshopify.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopifyError</name>
    <message>
        <source>Could not reach the shop. Check the network connection; Smidig keeps working with the orders it has and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop did not answer in time. Smidig tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shop is not secure (certificate problem). Check the shop address and the computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused the access token: it is wrong, expired or was revoked. Connect the shop again with a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is frozen because of unpaid Shopify bills. The shop owner must settle them in Shopify before Smidig can sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not allowed to do this: an access scope is missing. Give the app the scopes listed in Smidig&apos;s guide and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shop at this address. Check the shop address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is locked by Shopify. The shop owner must contact Shopify support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify asked Smidig to slow down. Smidig waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify has a problem on its side (server error). Smidig keeps your work and tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop gave an unexpected answer (HTTP status %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: the app lacks an access scope for this data. Give the app the scopes listed in Smidig&apos;s guide and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify&apos;s rate limit is used up. Smidig waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request was too large for Shopify. This is a bug in Smidig; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify could not carry out the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop sent an answer Smidig does not understand, so nothing was changed. Try again later; if it keeps happening, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting returned items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk of fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-purchase offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCountModel</name>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSidebar</name>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Smidig cannot open its order database. Check that the data folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order database is in use by another program (perhaps a second Smidig). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order database is read-only, so nothing new can be saved. Check the file&apos;s permissions and the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order database is damaged. Smidig left it untouched; move the file aside and Smidig will build a new one from the shop on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing new could be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order database was written by a newer version of Smidig. Update Smidig to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the order database failed. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing: waiting %n second(s) for Shopify&apos;s rate limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>High</source>
        <extracomment>how sure the app is of the detected carrier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1; at most %2 can be imported at once. Please split it into smaller files.</source>
        <extracomment>%1 is the file&apos;s size, %2 the largest size allowed, such as &quot;10.0 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row naming the columns order, tracking number and, optionally, company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the same column twice: “%1” and “%2”.</source>
        <extracomment>%1 and %2 are two column names from the file&apos;s header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row does not name the columns. It must name order, tracking number and, optionally, company, for example: order,tracking number,company. It reads: %1</source>
        <extracomment>%1 is the first line of the file as read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column for the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column for the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Please import at most %1 rows at a time.</source>
        <extracomment>%1 is the largest number of rows an import can have</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starts in this row and is never closed, so the rest of the file was read as part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 columns, but the header has only %2.</source>
        <extracomment>%1 is how many columns the row has, %2 how many the header has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is longer than %1 characters.</source>
        <extracomment>%1 is the most characters an order reference can have</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number reads “%1”: a spreadsheet turned it into a quantity and lost its digits. Format the column as text and export the file again.</source>
        <extracomment>%1 is the text found in the file, such as 3.70725E+17</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in Shopify&apos;s list of tracking companies.</source>
        <extracomment>%1 is the company name found in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a list of company names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong for a %1 number. Please check the number.</source>
        <extracomment>%1 is a carrier, such as UPS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format: no supported carrier uses numbers like this. Choose the carrier yourself, with a tracking URL if Shopify does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: this looks like a %1 number with a typo. Please check the number.</source>
        <extracomment>%1 is a carrier, such as UPS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number fits both %1 and %2. Please check the carrier.</source>
        <extracomment>%1 and %2 are carriers, such as FedEx and GLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number is too long: %1 characters, at most %2.</source>
        <extracomment>%1 is how many characters the text has, %2 the most a tracking number has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number contains an invisible control character (%1).</source>
        <extracomment>%1 is an invisible character&apos;s code, such as U+0009 for a tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number contains “%1”; tracking numbers have only the letters A to Z and digits.</source>
        <extracomment>%1 is the refused character</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS 1Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPU S10 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal service of %1</source>
        <extracomment>%1 is a country, such as Finland</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Logistics TBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL Express waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL Express piece number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHL eCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx Express (12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx Ground (15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx Ground barcode (22 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FedEx barcode (34 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USPS IMpb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USPS (20 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USPS IMpb with ZIP routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD parcel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD parcel number with check character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPD barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLS parcel number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostNord SSCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada Post (16 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Smidig cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smidig, the order desk for Shopify stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (da, de, en) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the first sync has finished (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop connected. Start Smidig with --shop and an access token, or with --demo to try the demo store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
