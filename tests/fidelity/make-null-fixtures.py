#!/usr/bin/env python3
"""Writes the replay fixtures of nulls (tests/fixtures/replay) from the base answers.

    tests/fidelity/make-null-fixtures.py

Each fixture is a base answer of tests/fixtures/shopify-answers with the nulls it is about
put in, and its expectation. Not part of any build: run it again after
capture-base-answers.py (when the operations change, every answer needs the new fields), then
tst_replay. Fixtures added by hand to the folder are left alone. Python 3 only.
"""
import copy
import json
import pathlib

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"
A = str(FIXTURES / "shopify-answers") + "/"
R = str(FIXTURES / "replay") + "/"
page=json.load(open(A+'orders.json'))
pvars=json.load(open(A+'orders.variables.json'))
byname={o['name']:o for o in page['data']['orders']['nodes']}
def orders_page(nodes):
    return {"data": {"orders": {"nodes": nodes, "pageInfo": {"hasNextPage": False, "endCursor": page['data']['orders']['pageInfo']['endCursor']}}}, "extensions": page['extensions']}
def write(name, response, expect):
    open(R+name+'.response.json','w').write(json.dumps(response, indent=1, ensure_ascii=False)+'\n')
    open(R+name+'.expect.json','w').write(json.dumps(expect, indent=1, ensure_ascii=False)+'\n')
def o(name): return copy.deepcopy(byname[name])

# 1 guest checkouts
a=o('#1004'); a['customer']=None; a['email']=None
b=o('#1014'); b['customer']=None; b['shippingAddress']=None
c=o('#1087'); c['customer']=None; c['email']=None; c['shippingAddress']=None
write('orders-guest-checkouts', orders_page([a,b,c]), {
 "about": "Guest checkouts: no customer (Order.customer null). One with a ship-to name and no email, one digital order with an email and no shipping address, one with neither. Each order is stored; the table shows the ship-to name, else the email (the window then says \"No customer\"); the CLI's JSON keeps Shopify's nulls.",
 "operation": "Orders", "variables": pvars, "result": "ok", "orderCount": 3,
 "orders": [
  {"name": "#1004", "customer": None, "email": None, "shippingAddress": {"name": a['shippingAddress']['name']}},
  {"name": "#1014", "customer": None, "email": b['email'], "shippingAddress": None},
  {"name": "#1087", "customer": None, "email": None, "shippingAddress": None}],
 "summaries": [
  {"name": "#1004", "customerName": a['shippingAddress']['name'], "email": ""},
  {"name": "#1014", "customerName": "", "email": b['email']},
  {"name": "#1087", "customerName": "", "email": ""}]})

# 2 custom line items and deleted variants
x=o('#1021')
li=x['lineItems']['nodes']
li[0].update({"variant": None, "sku": None, "variantTitle": None, "title": "Gaveindpakning"})
li[1].update({"variant": None})
x['lineItems']['pageInfo']={"hasNextPage": False, "endCursor": x['lineItems']['pageInfo']['endCursor']}
x['fulfillmentOrders']['pageInfo']={"hasNextPage": False, "endCursor": x['fulfillmentOrders']['pageInfo']['endCursor']}
fo=x['fulfillmentOrders']['nodes'][0]
fo['lineItems']['nodes']=[l for l in fo['lineItems']['nodes'] if l['lineItem']['id'] in {i['id'] for i in li}]
fo['lineItems']['pageInfo']={"hasNextPage": False, "endCursor": fo['lineItems']['pageInfo']['endCursor']}
write('orders-custom-line-items', orders_page([x]), {
 "about": "A custom line item (no variant, no SKU, no variant title) and a line whose product was deleted (no variant, SKU kept). The order is stored with every line; those lines have no stock to count, so they never hold the order back, and no stock row stands for them.",
 "operation": "Orders", "variables": pvars, "result": "ok", "orderCount": 1,
 "orders": [{"name": "#1021", "lineItems": [
   {"title": "Gaveindpakning", "sku": None, "variantTitle": None},
   {"title": li[1]['title'], "sku": li[1]['sku'], "variantTitle": li[1]['variantTitle']},
   {"title": li[2]['title'], "sku": li[2]['sku'], "variantTitle": li[2]['variantTitle']}]}],
 "summaries": [{"name": "#1021", "skus": " ".join([li[1]['sku'], li[2]['sku']])}],
 "readiness": {"#1021": "CanShip"}})

# 3 shipment nulls: no location, tracking with missing parts
y=o('#1006')
f=y['fulfillments'][0]
f['location']=None
f['trackingInfo']=[
 {"company": None, "number": "00370534038751134664", "url": None},
 {"company": "DHL Express", "number": None, "url": "https://www.dhl.com/dk-en/home/tracking/tracking-express.html?submit=1&tracking-id=8055111540"}]
# (Two entries: as many as the client asks for, three, would make it read the order's shipments
# again, a request this fixture does not answer; tst_cutlists covers that.)
write('orders-shipment-without-location-or-tracking', orders_page([y]), {
 "about": "A shipment Shopify knows no location for (Fulfillment.location null), with tracking whose company, number or URL are null (a number without carrier, a link without number). Stored as sent; only real numbers are searchable and listed; the CLI keeps the nulls.",
 "operation": "Orders", "variables": pvars, "result": "ok", "orderCount": 1,
 "orders": [{"name": "#1006", "fulfillments": [{"name": "#1006-F1", "trackingInfo": f['trackingInfo']}]}],
 "summaries": [{"name": "#1006", "trackingNumbers": "00370534038751134664"}]})

# 4 deleted location of a fulfillment order, hold without notes, nulls of the order
h=o('#1087'); h['displayFinancialStatus']=None
hfo=h['fulfillmentOrders']['nodes'][0]
hfo['fulfillmentHolds'][0]['reasonNotes']=None
hfo['fulfillAt']=None
d=o('#1004')
d['fulfillmentOrders']['nodes'][0]['assignedLocation']['location']=None
write('orders-deleted-location-and-bare-hold', orders_page([h,d]), {
 "about": "A fulfillment order whose location Shopify no longer has (assignedLocation.location null, its name kept), and an on-hold fulfillment order without notes or fulfillAt on an order without a financial status. Both stored; the location-less line makes no stock row and holds nothing back; the CLI keeps the nulls.",
 "operation": "Orders", "variables": pvars, "result": "ok", "orderCount": 2,
 "orders": [
  {"name": "#1087", "displayFinancialStatus": None, "fulfillmentOrders": [{"status": "ON_HOLD", "fulfillAt": None, "fulfillmentHolds": [{"reason": "HIGH_RISK_OF_FRAUD", "reasonNotes": None}]}]},
  {"name": "#1004", "fulfillmentOrders": [{"status": "OPEN", "assignedLocation": {"name": "Lager Vejle", "location": None}}]}],
 "summaries": [{"name": "#1004", "locationNames": "Lager Vejle"}],
 "readiness": {"#1004": "CanShip"}})

# 5 next page without cursor
bad=orders_page([o('#1004')]); bad['data']['orders']['pageInfo']={"hasNextPage": True, "endCursor": None}
write('orders-next-page-without-cursor', bad, {
 "about": "A page that says there is more but gives no cursor to ask for it (PageInfo.endCursor is nullable). The rest cannot be read: the sync fails as an unexpected answer and stores nothing.",
 "operation": "Orders", "variables": pvars, "result": "fails", "error": "bad-response", "orderCount": 0})

# 6 ordersCount null
cnt=json.load(open(A+'orders-count.json')); cnt['data']['ordersCount']=None
write('orders-count-null', cnt, {
 "about": "Shopify may answer ordersCount with null. The sync goes on without knowing the total and stores every order.",
 "operation": "OrdersCount", "variables": {"query": None}, "result": "ok", "orderCount": len(byname)})

# 7 the bug: tracked variant without SKU; a deleted item; no variants; no levels
inv=json.load(open(A+'inventory-items.json')); ivars=json.load(open(A+'inventory-items.variables.json'))
n=inv['data']['nodes']
n[0]['sku']=None
noSku=n[0]
write('inventory-tracked-without-sku', inv, {
 "about": "The first sync of issue 13: a tracked variant without SKU (InventoryItem.sku null). The stock is stored and analysed like any other item; the CLI's JSON says \"sku\": null and names the item by the title open orders give it.",
 "operation": "InventoryItems", "variables": ivars, "result": "ok",
 "stock": [{"inventoryItemId": noSku['id'], "locationId": lv['location']['id'], "sku": None, "tracked": True} for lv in noSku['inventoryLevels']['nodes']]})
inv=json.load(open(A+'inventory-items.json'))
n=inv['data']['nodes']
gone=n[0]['id']
n[0]=None
n[1]['variants']=None
n[2]['inventoryLevels']['nodes']=[]
write('inventory-deleted-variantless-unstocked', inv, {
 "about": "nodes(ids:) gives null for an item Shopify no longer has; an item may have no variant (InventoryItem.variants null: no inventory policy) or no inventory level anywhere. The read succeeds; the deleted item has no row, the variantless one has no inventory policy (null), the unstocked one a row at no location.",
 "operation": "InventoryItems", "variables": ivars, "result": "ok",
 "stock": [{"inventoryItemId": n[1]['id'], "locationId": n[1]['inventoryLevels']['nodes'][0]['location']['id'], "inventoryPolicy": None},
           {"inventoryItemId": n[2]['id'], "locationId": None, "locationName": None, "tracked": n[2]['tracked']}]})

# 8 the order is gone
ovars=json.load(open(A+'order-open.variables.json'))
og=json.load(open(A+'order-open.json')); og['data']['order']=None
write('order-gone', og, {
 "about": "A reconciliation reads an order that is open here but not listed as open by the shop, and Shopify answers order: null: the shop no longer has it, and it leaves the local store.",
 "operation": "Order", "variables": ovars, "result": "ok", "absentOrders": [ovars['id']]})

# 9 a refusal without a field
fc=json.load(open(A+'fulfillment-create.json')); fcv=json.load(open(A+'fulfillment-create.variables.json'))
fc['data']['fulfillmentCreate']={"fulfillment": None, "userErrors": [{"field": None, "message": "The fulfillment order is not in a fulfillable state."}]}
write('fulfillment-create-refused-without-field', fc, {
 "about": "fulfillmentCreate refused with a user error whose field is null (UserError.field is nullable). The outbox checks the order (still unshipped), and the entry fails with Shopify's words.",
 "operation": "FulfillmentCreate", "variables": fcv, "result": "failed",
 "message": "not in a fulfillable state",
 "others": {"Order": {"response": "order-still-open.response.json", "variables": json.load(open(A+'order-after-create.variables.json'))}}})
open(R+'order-still-open.response.json','w').write(open(A+'order-open.json').read())

# 10 the payload itself is null
fc=json.load(open(A+'fulfillment-create.json'))
fc['data']['fulfillmentCreate']=None
write('fulfillment-create-payload-null', fc, {
 "about": "fulfillmentCreate answered null (Mutation.fulfillmentCreate is nullable). The answer says nothing, so the work may or may not have been done: the outbox reads the order, finds it shipped and marks the entry done.",
 "operation": "FulfillmentCreate", "variables": fcv, "result": "done",
 "orders": [{"name": byname['#1004']['name'], "fulfillments": [{"status": "SUCCESS"}]}]})

# 11 no scopes
cc=json.load(open(A+'connection-check.json')); cc['data']['currentAppInstallation']['accessScopes']=[]
write('connection-no-scopes', cc, {
 "about": "The app was granted no access scope at all (an empty accessScopes list). The connection test reports the scopes Smidig needs as missing instead of failing.",
 "operation": "ConnectionCheck", "variables": {}, "result": "missing-scopes"})
