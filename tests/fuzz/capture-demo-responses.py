#!/usr/bin/env python3
"""Captures the demo store's answers to Smidig's operations as seed inputs of the fuzz targets.

    tests/fuzz/capture-demo-responses.py build/default/core/demostore/smidig-demostore

Starts the demo store a few times (plain, with a tiny cost bucket, with a token, failing every
request), sends the operations of core/shopify/operations/orders.graphql with small page sizes
(so each answer stays a few KB), including fulfilment mutations and what Shopify refuses, and
writes each raw answer body into tests/fuzz/corpus/<target>/demo-<name>.json. Not part of any
build: run it again by hand when the operations or the demo store change. Needs python3 only.
"""

import json
import pathlib
import re
import subprocess
import sys
import urllib.error
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent
OPERATIONS = (SOURCE / "core/shopify/operations/orders.graphql").read_text()
NOW = "2026-01-31T12:00:00Z"
NESTED = {"lineItems": 2, "fulfillmentOrders": 2, "fulfillmentOrderLineItems": 2,
          "fulfillments": 2, "trackingInfo": 2}


class Store:
    def __init__(self, binary, *options):
        self.process = subprocess.Popen([binary, "--now", NOW, "--orders", "40", *options],
                                        stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        self.url = re.search(r"(http://\S+)", line).group(1) + "/admin/api/2026-01/graphql.json"

    def post(self, operation, variables, token="demo", raw=None):
        body = raw if raw is not None else json.dumps(
            {"query": OPERATIONS, "operationName": operation, "variables": variables}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/json", "X-Shopify-Access-Token": token})
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                return reply.status, reply.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def stop(self):
        self.process.terminate()
        self.process.wait()


def save(target, name, answer):
    status, body = answer
    folder = SOURCE / "tests/fuzz/corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"demo-{name}.json").write_bytes(body)
    print(f"{target}/demo-{name}.json: HTTP {status}, {len(body)} bytes")
    return json.loads(body) if body.startswith(b"{") else None


def orders_with(store, query):
    answer = store.post("Orders", {"first": 2, "query": query, **NESTED})
    return answer, json.loads(answer[1])["data"]["orders"]["nodes"]


def main(binary):
    store = Store(binary, "--no-throttle")
    try:
        for name, query in [("unfulfilled", "fulfillment_status:unfulfilled"),
                            ("partial", "fulfillment_status:partial"),
                            ("fulfilled", "fulfillment_status:fulfilled"),
                            ("on-hold", "fulfillment_status:on_hold"),
                            ("scheduled", "fulfillment_status:scheduled"),
                            ("any", None)]:
            answer, _ = orders_with(store, query)
            save("orders", f"orders-{name}", answer)
        save("orders", "orders-empty", store.post("Orders", {"first": 2, "query": "name:none", **NESTED}))
        save("orders", "orders-count", store.post("OrdersCount", {}))
        save("orders", "orders-count-query", store.post("OrdersCount", {"query": "fulfillment_status:unfulfilled"}))

        _, orders = orders_with(store, None)
        order_id = orders[0]["id"]
        save("orders", "order", store.post("Order", {"id": order_id, **NESTED}))
        save("orders", "order-missing", store.post("Order", {"id": "gid://shopify/Order/999999999", **NESTED}))
        data = save("orders", "order-line-items", store.post("OrderLineItems", {"id": order_id, "first": 1}))
        cursor = data["data"]["order"]["lineItems"]["pageInfo"]["endCursor"]
        save("orders", "order-line-items-after", store.post("OrderLineItems", {"id": order_id, "first": 1, "after": cursor}))

        data = save("fulfillment_orders", "order-fulfillment-orders",
                    store.post("OrderFulfillmentOrders", {"id": order_id, "first": 1, "fulfillmentOrderLineItems": 1}))
        fulfillment_order = data["data"]["order"]["fulfillmentOrders"]["nodes"][0]["id"]
        save("fulfillment_orders", "fulfillment-order-line-items",
             store.post("FulfillmentOrderLineItems", {"id": fulfillment_order, "first": 1}))

        # Fulfil the first line of an unfulfilled order's open fulfillment order, change its
        # tracking, cancel it; then what Shopify refuses.
        _, unfulfilled = orders_with(store, "fulfillment_status:unfulfilled")
        order = unfulfilled[0]
        open_fo = next(fo for fo in order["fulfillmentOrders"]["nodes"] if fo["status"] == "OPEN")
        line = open_fo["lineItems"]["nodes"][0]
        fulfillment = {"lineItemsByFulfillmentOrder": [{
            "fulfillmentOrderId": open_fo["id"],
            "fulfillmentOrderLineItems": [{"id": line["id"], "quantity": 1}]}],
            "notifyCustomer": False,
            "trackingInfo": {"company": "UPS", "numbers": ["1Z999AA10123456784", "1Z5R89390357567127"]}}
        data = save("fulfillment_orders", "fulfillment-create", store.post("FulfillmentCreate", {"fulfillment": fulfillment, **NESTED}))
        fulfillment_id = data["data"]["fulfillmentCreate"]["fulfillment"]["id"]
        save("fulfillment_orders", "fulfillment-tracking-update", store.post("FulfillmentTrackingInfoUpdate", {
            "fulfillmentId": fulfillment_id, "notifyCustomer": True,
            "trackingInfoInput": {"company": "PostNord DK", "number": "00370724760120000898"}, **NESTED}))
        save("fulfillment_orders", "fulfillment-cancel", store.post("FulfillmentCancel", {"id": fulfillment_id, **NESTED}))
        save("fulfillment_orders", "fulfillment-cancel-again", store.post("FulfillmentCancel", {"id": fulfillment_id, **NESTED}))
        too_many = json.loads(json.dumps(fulfillment))
        too_many["lineItemsByFulfillmentOrder"][0]["fulfillmentOrderLineItems"][0]["quantity"] = 9999
        save("fulfillment_orders", "fulfillment-create-refused", store.post("FulfillmentCreate", {"fulfillment": too_many, **NESTED}))
        unknown = {"lineItemsByFulfillmentOrder": [{"fulfillmentOrderId": "gid://shopify/FulfillmentOrder/0"}]}
        save("fulfillment_orders", "fulfillment-create-unknown", store.post("FulfillmentCreate", {"fulfillment": unknown, **NESTED}))
        _, on_hold = orders_with(store, "fulfillment_status:on_hold")
        if on_hold:
            held = on_hold[0]["fulfillmentOrders"]["nodes"][0]
            save("fulfillment_orders", "fulfillment-create-on-hold", store.post("FulfillmentCreate", {"fulfillment": {
                "lineItemsByFulfillmentOrder": [{"fulfillmentOrderId": held["id"]}]}, **NESTED}))
        save("fulfillment_orders", "tracking-update-unknown", store.post("FulfillmentTrackingInfoUpdate", {
            "fulfillmentId": "gid://shopify/Fulfillment/0", "trackingInfoInput": {"number": "x"}, **NESTED}))

        # The envelope's error shapes.
        save("shopify_response", "max-cost-exceeded", store.post("Orders", {
            "first": 250, "lineItems": 250, "fulfillmentOrders": 250, "fulfillmentOrderLineItems": 250,
            "fulfillments": 250, "trackingInfo": 250}))
        save("shopify_response", "syntax-error", store.post(None, {}, raw=b'{"query": "query { orders(first: 1) { nodes { id } }"}'))
        save("shopify_response", "unknown-operation", store.post("Nothing", {}))
        save("shopify_response", "missing-variable", store.post("Orders", {}))
        save("shopify_response", "not-json-request", store.post(None, {}, raw=b"orders please"))
        save("shopify_response", "orders-count", store.post("OrdersCount", {}))
    finally:
        store.stop()

    store = Store(binary, "--bucket-size", "50", "--restore-rate", "1")
    try:
        store.post("Orders", {"first": 1, **NESTED})
        save("shopify_response", "throttled", store.post("Orders", {"first": 2, **NESTED}))
    finally:
        store.stop()

    store = Store(binary, "--token", "secret")
    try:
        save("shopify_response", "unauthorized", store.post("OrdersCount", {}, token="wrong"))
    finally:
        store.stop()

    store = Store(binary, "--fail-rate", "1")
    try:
        save("shopify_response", "server-error", store.post("OrdersCount", {}))
    finally:
        store.stop()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
