#!/usr/bin/env python3
"""Writes the replay fixtures of Shopify's other real-shop answers (tests/fixtures/replay).

    tests/fidelity/make-fidelity-fixtures.py

Beside the nulls (make-null-fixtures.py), issue 13 names answers our first client did not
expect: partial answers (data and errors together, protected customer data left out or
masked), a root field denied, plain lists Shopify cut at the size asked for, local pickups,
orders not routed yet and test orders. Each fixture is a base answer of
tests/fixtures/shopify-answers with that change, and its expectation. Not part of any build:
run it after capture-base-answers.py (and make-null-fixtures.py), then tst_replay. Python 3.
"""
import copy
import json
import pathlib

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"
A = str(FIXTURES / "shopify-answers") + "/"
R = str(FIXTURES / "replay") + "/"
page = json.load(open(A + 'orders.json'))
pvars = json.load(open(A + 'orders.variables.json'))
byname = {o['name']: o for o in page['data']['orders']['nodes']}
COST = page['extensions']
PARTNERS = "See https://partners.shopify.com/1234567/apps/7654321/customer_data for more details."


def o(name):
    return copy.deepcopy(byname[name])


def orders_page(nodes, errors=None):
    answer = {"data": {"orders": {"nodes": nodes, "pageInfo": {
        "hasNextPage": False, "endCursor": page['data']['orders']['pageInfo']['endCursor']}}}}
    if errors:
        answer["errors"] = errors
    answer["extensions"] = COST
    return answer


def denied(message, path):
    return {"message": message, "locations": [{"line": 1, "column": 1}], "path": path,
            "extensions": {"code": "ACCESS_DENIED"}}


def write(name, response, expect):
    open(R + name + '.response.json', 'w').write(json.dumps(response, indent=1, ensure_ascii=False) + '\n')
    if expect is not None:
        open(R + name + '.expect.json', 'w').write(json.dumps(expect, indent=1, ensure_ascii=False) + '\n')


# 1 protected customer data left out: nulls with ACCESS_DENIED errors beside the data
a = o('#1004'); a['email'] = None; a['customer'] = None; a['shippingAddress'] = None
b = o('#1006'); b['email'] = None; b['shippingAddress'] = None
write('orders-customer-data-denied', orders_page([a, b], [
    denied("This app is not approved to use the email field. " + PARTNERS, ["orders", "nodes", 0, "email"]),
    denied("This app is not approved to access the Customer object. " + PARTNERS, ["orders", "nodes", 0, "customer"]),
    denied("This app is not approved to access the MailingAddress object. " + PARTNERS, ["orders", "nodes", 0, "shippingAddress"]),
    denied("This app is not approved to use the email field. " + PARTNERS, ["orders", "nodes", 1, "email"]),
    denied("This app is not approved to access the MailingAddress object. " + PARTNERS, ["orders", "nodes", 1, "shippingAddress"]),
]), {
    "about": "An app without access to protected customer data: Shopify answers with data and errors together. The customer, email and shipping address are null, each named in errors[].path with ACCESS_DENIED, and everything else stands. The sync keeps every order and marks the customer as hidden, not missing.",
    "operation": "Orders", "variables": pvars, "result": "ok", "orderCount": 2,
    "orders": [
        {"name": "#1004", "customer": None, "email": None, "shippingAddress": None},
        {"name": "#1006", "customer": {"displayName": b['customer']['displayName']}, "email": None, "shippingAddress": None}],
    "summaries": [
        {"name": "#1004", "customerName": "", "email": "", "customerHidden": True},
        {"name": "#1006", "customerName": b['customer']['displayName'], "customerHidden": True}]})

# 2 level 1 without level 2: the customer is there, its display name masked
m = o('#1006'); m['customer'] = {"displayName": "•••"}; m['email'] = None
write('orders-customer-name-masked', orders_page([m], [
    denied("This app is not approved to use the email field. " + PARTNERS, ["orders", "nodes", 0, "email"])]), {
    "about": "Level 1 protected customer data without level 2: Customer.displayName comes masked (\"•••\"), which names nobody. The order is kept with the customer hidden; the table shows the ship-to name instead.",
    "operation": "Orders", "variables": pvars, "result": "ok", "orderCount": 1,
    "summaries": [{"name": "#1006", "customerName": m['shippingAddress']['name'], "customerHidden": True}]})

# 3 a root field denied: order null beside an error on "order" itself is not "gone"
oid = byname['#1004']['id']
ovars = json.load(open(A + 'order-open.variables.json'))
ovars = dict(ovars, id=oid)
write('order-denied', {"data": {"order": None}, "errors": [
    {"message": "Access denied for order field.", "locations": [{"line": 10, "column": 3}],
     "path": ["order"], "extensions": {"code": "ACCESS_DENIED"}}], "extensions": COST}, {
    "about": "A reconciliation reads an order by id and Shopify denies the root field itself: order is null, but the error's path is [\"order\"], so nothing says the order is gone. The read fails as access denied and the local store keeps the order.",
    "operation": "Order", "variables": ovars, "result": "fails", "error": "access-denied"})

# 4 shipments and parcels in plain lists cut at the size asked for
c = o('#1006')
shipment = c['fulfillments'][0]
def shipments(count, big, parcels):
    result = []
    for i in range(count):
        s = copy.deepcopy(shipment)
        s['id'] = "gid://shopify/Fulfillment/53010000001%02d" % i
        s['name'] = "#1006-F%d" % (i + 1)
        n = parcels if i == big else 1
        s['trackingInfo'] = [{"company": "UPS", "number": "1Z999AA1%010d" % (i * 10 + p),
                              "url": "https://www.ups.com/track?tracknum=1Z999AA1%010d" % (i * 10 + p)}
                             for p in range(n)]
        result.append(s)
    return result
whole = shipments(6, 2, 5)
# what the orders page gives when asked for 4 shipments of 3 parcels (Smidig's sizes)
cut = copy.deepcopy(whole[:4])
for s in cut:
    s['trackingInfo'] = s['trackingInfo'][:3]
c['fulfillments'] = cut
cvars = dict(pvars, fulfillments=4, trackingInfo=3)
fvars = {"id": c['id'], "fulfillments": 25, "trackingInfo": 10}
write('order-fulfillments-whole', {"data": {"order": {"id": c['id'], "fulfillments": whole}}, "extensions": COST}, None)
open(R + 'order-fulfillments-whole.variables.json', 'w').write(json.dumps(fvars, indent=1) + '\n')
write('orders-shipments-cut', orders_page([c]), {
    "about": "Order.fulfillments(first:) and Fulfillment.trackingInfo(first:) are plain lists Shopify cuts at the size asked for, with no page info. Asked for 4 shipments of 3 parcels, the page holds 4 shipments, one with 3 parcels: possibly cut. The sync reads the order's shipments again (OrderFulfillments, 25 of 10) and stores all 6, one of 5 parcels.",
    "operation": "Orders", "variables": cvars, "result": "ok", "orderCount": 1,
    "others": {"OrderFulfillments": {"response": "order-fulfillments-whole.response.json", "variables": fvars}},
    "orders": [{"name": "#1006", "fulfillments": [
        {"name": s['name'], "trackingInfo": [{"number": t['number']} for t in s['trackingInfo']]} for s in whole]}],
    "summaries": [{"name": "#1006", "trackingNumbers": " ".join(t['number'] for s in whole for t in s['trackingInfo'])}]})

# 5 fulfillment orders as they come: a local pickup, an order not routed yet, a test order
p = o('#1021'); p['fulfillmentOrders']['nodes'][0]['deliveryMethod'] = {"methodType": "PICK_UP"}
p['lineItems']['pageInfo']['hasNextPage'] = False
p['fulfillmentOrders']['pageInfo']['hasNextPage'] = False
p['fulfillmentOrders']['nodes'][0]['lineItems']['pageInfo']['hasNextPage'] = False
r = o('#1004'); r['fulfillmentOrders']['nodes'] = []; r['displayFulfillmentStatus'] = 'UNFULFILLED'
t = o('#1006'); t['test'] = True
write('orders-pickup-routing-test', orders_page([p, r, t]), {
    "about": "Fulfillment orders as they really come: one for local pickup (deliveryMethod PICK_UP: made ready, then collected, never shipped as a parcel), an order whose fulfillment orders Shopify has not made yet (being routed, not \"fulfilled\"), and a test order. Each is stored and shown as what it is.",
    "operation": "Orders", "variables": pvars, "result": "ok", "orderCount": 3,
    "orders": [
        {"name": "#1021", "fulfillmentOrders": [{"deliveryMethod": {"methodType": "PICK_UP"}}]},
        {"name": "#1004", "fulfillmentOrders": []},
        {"name": "#1006", "test": True}],
    "summaries": [
        {"name": "#1021", "pickup": True, "awaitingRouting": False},
        {"name": "#1004", "awaitingRouting": True},
        {"name": "#1006", "test": True}]})
print("written")
