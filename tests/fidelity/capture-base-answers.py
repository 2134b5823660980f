#!/usr/bin/env python3
"""Captures the rich base answers of the null test and the replay suite from the demo store.

    tests/fidelity/capture-base-answers.py build/ci/core/demostore/smidig-demostore

Starts the demo store, reads every order, picks a handful that together have a value in
every field Smidig's operations select that the schema lets be null (a customer, an email, a
ship-to name, SKUs, variants, a scheduled and an on-hold fulfillment order with notes, one at
a fulfillment service, shipments with a location and tracking company, number and URL, a
cancelled order) and one "big" order whose line items, fulfillment orders and fulfillment
order lines overflow their pages, then asks the demo store again for exactly what Smidig
would ask and writes the answers to tests/fixtures/shopify-answers/ (the one change made
to them: the first order of the page ships to someone other than its customer, a gift, which
the demo store never makes):

  orders.json                   one Orders page holding those orders (composed from the
                                demo store's answers for each order: one page of the shop
                                would not hold them all)
  orders-count.json, order-line-items.json, order-fulfillment-orders.json,
  fulfillment-order-line-items.json   the count and the big order's follow-up pages
  inventory-items.json          the stock of every item the open orders need
  order-open.json, order-shipped.json  Order for an unshipped and a partly shipped order
  fulfillment-create.json, fulfillment-tracking-update.json, fulfillment-cancel.json
                                the three mutations on those orders, and order-after-*.json
                                (Order for each afterwards: what a check of the outbox reads)
  connection-check.json         ConnectionCheck
  answers.json                  which operation and variables each answer belongs to

Each file gets its variables beside it (NAME.variables.json). Not part of any build: run it
again by hand when the operations change (a new field makes the old answers fail
check-response in tst_nullvariants), then run tst_nullvariants and tst_replay. Python 3 only.
"""

import json
import pathlib
import re
import subprocess
import sys
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent
OUT = SOURCE / "tests/fixtures/shopify-answers"
ORDERS_DOC = "core/shopify/operations/orders.graphql"
INVENTORY_DOC = "core/shopify/operations/inventory.graphql"
CONNECTION_DOC = "core/shopify/operations/connection.graphql"
NOW = "2026-01-31T12:00:00Z"
# Nested page sizes of the base answers: the big order overflows each connection, every other
# order fits. Plain lists (fulfillments, trackingInfo) are read far below their size, so no
# list in these answers came back full.
SIZES = {"lineItems": 3, "fulfillmentOrders": 1, "fulfillmentOrderLineItems": 3,
         "fulfillments": 10, "trackingInfo": 10}
# Single orders (Order, and the orders the mutations return) are read at the client's own
# nested sizes, with room in the plain lists: none of them overflows.
SINGLE = {"lineItems": 8, "fulfillmentOrders": 3, "fulfillmentOrderLineItems": 8,
          "fulfillments": 10, "trackingInfo": 10}
SCAN = {"lineItems": 15, "fulfillmentOrders": 4, "fulfillmentOrderLineItems": 15,
        "fulfillments": 4, "trackingInfo": 4}


class Store:
    def __init__(self, binary):
        self.process = subprocess.Popen([binary, "--now", NOW, "--orders", "200", "--seed", "1",
                                         "--no-throttle"], stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        self.url = re.search(r"(http://\S+)", line).group(1) + "/admin/api/2026-01/graphql.json"

    def post(self, document, operation, variables):
        body = json.dumps({"query": (SOURCE / document).read_text(), "operationName": operation,
                           "variables": variables}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/json", "X-Shopify-Access-Token": "demo"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            answer = json.loads(reply.read())
        if "errors" in answer or answer.get("data") is None:
            sys.exit(f"{operation} {variables}: {answer}")
        return answer

    def stop(self):
        self.process.terminate()
        self.process.wait()


answers = []


def save(name, document, operation, variables, answer, variants=True):
    (OUT / f"{name}.json").write_text(json.dumps(answer, indent=1, ensure_ascii=False) + "\n")
    (OUT / f"{name}.variables.json").write_text(json.dumps(variables, indent=1) + "\n")
    answers.append({"name": name, "operation": operation, "document": document,
                    "response": f"{name}.json", "variables": f"{name}.variables.json",
                    "variants": variants})
    print(f"{name}.json: {operation}")


def is_open(order):
    return not order["closed"] and order["cancelledAt"] is None


def fos(order):
    return order["fulfillmentOrders"]["nodes"]


def small(order):
    return (len(order["lineItems"]["nodes"]) <= SIZES["lineItems"] and len(fos(order)) == 1
            and len(fos(order)[0]["lineItems"]["nodes"]) <= SIZES["fulfillmentOrderLineItems"])


def rich_lines(order):
    return all(li["sku"] and li["variant"] and li["variantTitle"] for li in order["lineItems"]["nodes"])


def rich_people(order):
    return bool(order["customer"] and order["email"] and order["shippingAddress"]
                and order["shippingAddress"]["name"] and order["displayFinancialStatus"])


def shipped(order):
    return [f for f in order["fulfillments"] if f["status"] == "SUCCESS" and f["location"]
            and any(t["company"] and t["number"] and t["url"] for t in f["trackingInfo"])]


def pick(orders, taken, why, test):
    for order in orders:
        if order["id"] not in taken and test(order):
            taken.append(order["id"])
            return order
    sys.exit(f"no order of the demo store is {why}")


def main(binary):
    OUT.mkdir(parents=True, exist_ok=True)
    store = Store(binary)
    try:
        everything, after = [], None
        while True:
            page = store.post(ORDERS_DOC, "Orders", {"first": 2, "after": after, **SCAN})["data"]["orders"]
            everything += page["nodes"]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]

        taken = []
        good = lambda o: small(o) and rich_lines(o) and rich_people(o)
        unshipped = pick(everything, taken, "open, unshipped and fulfillable", lambda o: good(o) and is_open(o)
                         and o["displayFulfillmentStatus"] == "UNFULFILLED"
                         and fos(o)[0]["status"] == "OPEN" and not fos(o)[0]["assignedLocation"]["location"]["fulfillmentService"]
                         and any(a["action"] == "CREATE_FULFILLMENT" for a in fos(o)[0]["supportedActions"]))
        tracked = pick(everything, taken, "open and partly shipped with tracking",
                       lambda o: good(o) and is_open(o) and shipped(o) and fos(o)[0]["status"] in ("OPEN", "IN_PROGRESS"))
        cancellable = pick(everything, taken, "shipped with tracking", lambda o: good(o) and is_open(o) and shipped(o))
        pick(everything, taken, "on hold with notes", lambda o: good(o) and any(
            h["reasonNotes"] for h in fos(o)[0]["fulfillmentHolds"]))
        pick(everything, taken, "scheduled", lambda o: good(o) and fos(o)[0]["status"] == "SCHEDULED")
        pick(everything, taken, "at a fulfillment service",
             lambda o: good(o) and fos(o)[0]["assignedLocation"]["location"]["fulfillmentService"])
        pick(everything, taken, "cancelled", lambda o: good(o) and o["cancelledAt"])
        big = pick(everything, taken, "big enough to overflow every nested page", lambda o: is_open(o)
                   and len(o["lineItems"]["nodes"]) > SIZES["lineItems"]
                   and len(fos(o)) > SIZES["fulfillmentOrders"]
                   and len(fos(o)[0]["lineItems"]["nodes"]) > SIZES["fulfillmentOrderLineItems"])

        # One page of exactly these orders, as the client asks for them.
        nodes, last = [], None
        for order_id in taken:
            number = order_id.rsplit("/", 1)[1]
            last = store.post(ORDERS_DOC, "Orders", {"first": 1, "query": f"id:{number}", **SIZES})
            nodes += last["data"]["orders"]["nodes"]
        # A gift: the demo store always ships to the customer's own name, real shops do not;
        # with two names an answer can show which one the desk took for which.
        gift = nodes[0]
        gift["shippingAddress"]["name"] = "Anna Lindqvist"
        page = {"data": {"orders": {"nodes": nodes, "pageInfo": {
            "hasNextPage": False, "endCursor": last["data"]["orders"]["pageInfo"]["endCursor"]}}},
            "extensions": last["extensions"]}
        save("orders", ORDERS_DOC, "Orders", {"first": 25, "after": None, "query": None, **SIZES}, page)
        count = store.post(ORDERS_DOC, "OrdersCount", {"query": None})
        count["data"]["ordersCount"] = {"count": len(nodes), "precision": "EXACT"}
        save("orders-count", ORDERS_DOC, "OrdersCount", {"query": None}, count)

        # The big order's follow-ups, from where its first page ended.
        big_node = next(n for n in nodes if n["id"] == big["id"])
        cursor = big_node["lineItems"]["pageInfo"]["endCursor"]
        variables = {"id": big["id"], "first": 50, "after": cursor}
        save("order-line-items", ORDERS_DOC, "OrderLineItems", variables,
             store.post(ORDERS_DOC, "OrderLineItems", variables))
        cursor = big_node["fulfillmentOrders"]["pageInfo"]["endCursor"]
        variables = {"id": big["id"], "first": 5, "after": cursor, "fulfillmentOrderLineItems": 20}
        save("order-fulfillment-orders", ORDERS_DOC, "OrderFulfillmentOrders", variables,
             store.post(ORDERS_DOC, "OrderFulfillmentOrders", variables))
        first_fo = big_node["fulfillmentOrders"]["nodes"][0]
        variables = {"id": first_fo["id"], "first": 50, "after": first_fo["lineItems"]["pageInfo"]["endCursor"]}
        save("fulfillment-order-line-items", ORDERS_DOC, "FulfillmentOrderLineItems", variables,
             store.post(ORDERS_DOC, "FulfillmentOrderLineItems", variables))

        # Stock of what the open orders still need (the client asks for exactly these).
        lines = {}
        for order in everything:
            if order["id"] in taken:
                for li in order["lineItems"]["nodes"]:
                    lines[li["id"]] = li
        items = []
        for order in everything:
            if order["id"] not in taken or not is_open(order):
                continue
            for fo in fos(order):
                if fo["status"] in ("CLOSED", "CANCELLED", "INCOMPLETE"):
                    continue
                for line in fo["lineItems"]["nodes"]:
                    variant = lines[line["lineItem"]["id"]]["variant"]
                    if line["remainingQuantity"] > 0 and variant and variant["inventoryItem"]["id"] not in items:
                        items.append(variant["inventoryItem"]["id"])
        variables = {"ids": items, "levels": 10}
        save("inventory-items", INVENTORY_DOC, "InventoryItems", variables,
             store.post(INVENTORY_DOC, "InventoryItems", variables))

        # Single orders, as a reconciliation reads them.
        for name, order in [("order-open", unshipped), ("order-shipped", tracked)]:
            variables = {"id": order["id"], **SINGLE}
            save(name, ORDERS_DOC, "Order", variables, store.post(ORDERS_DOC, "Order", variables))

        # The three mutations, each on an order of the page, and the order afterwards.
        fo = fos(unshipped)[0]
        variables = {"fulfillment": {"lineItemsByFulfillmentOrder": [{
            "fulfillmentOrderId": fo["id"],
            "fulfillmentOrderLineItems": [{"id": line["id"], "quantity": line["remainingQuantity"]}
                                          for line in fo["lineItems"]["nodes"]]}],
            "notifyCustomer": False,
            "trackingInfo": {"company": "UPS", "numbers": ["1Z999AA10123456784"]}}, **SINGLE}
        save("fulfillment-create", ORDERS_DOC, "FulfillmentCreate", variables,
             store.post(ORDERS_DOC, "FulfillmentCreate", variables))
        variables = {"fulfillmentId": shipped(tracked)[0]["id"], "notifyCustomer": False,
                     "trackingInfoInput": {"company": "PostNord DK", "numbers": ["00370724760120000898"]},
                     **SINGLE}
        save("fulfillment-tracking-update", ORDERS_DOC, "FulfillmentTrackingInfoUpdate", variables,
             store.post(ORDERS_DOC, "FulfillmentTrackingInfoUpdate", variables))
        variables = {"id": shipped(cancellable)[0]["id"], **SINGLE}
        save("fulfillment-cancel", ORDERS_DOC, "FulfillmentCancel", variables,
             store.post(ORDERS_DOC, "FulfillmentCancel", variables))
        for name, order in [("order-after-create", unshipped), ("order-after-update", tracked),
                            ("order-after-cancel", cancellable)]:
            variables = {"id": order["id"], **SINGLE}
            save(name, ORDERS_DOC, "Order", variables, store.post(ORDERS_DOC, "Order", variables),
                 variants=False)

        save("connection-check", CONNECTION_DOC, "ConnectionCheck", {},
             store.post(CONNECTION_DOC, "ConnectionCheck", {}))
    finally:
        store.stop()
    (OUT / "answers.json").write_text(json.dumps(answers, indent=1) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
