#include "core/demostore/MutationRootResolver.h"

#include "core/demostore/DemoStoreStats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace demostore {

using graphql::Error;
using graphql::Resolution;

namespace {

// Reads a mutation's arguments the way graphql-ruby (Shopify's GraphQL layer) coerces input
// objects, keeping the first problem in its words. Each reader returns a neutral value once
// something failed, so the caller checks failed() at the end rather than after every field.
class InputReader final
{
public:
    bool failed() const { return m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }

    // `owner` says where the arguments sit: "Field 'fulfillmentCancel'" or
    // "InputObject 'FulfillmentInput'".
    void rejectUnknown(const QJsonObject &object, const QString &owner, const QStringList &known)
    {
        for (auto it = object.constBegin(); it != object.constEnd() && !failed(); ++it) {
            if (!known.contains(it.key())) {
                fail(Error::withCode(QStringLiteral("%1 doesn't accept argument '%2'")
                                         .arg(owner, it.key()),
                                     QStringLiteral("argumentNotAccepted")));
            }
        }
    }

    // The value of a required (non-null) argument; undefined when it is missing.
    QJsonValue required(const QJsonObject &object,
                        const QString &name,
                        const QString &owner,
                        const QString &type)
    {
        const QJsonValue value = object.value(name);
        if (failed() || !(value.isNull() || value.isUndefined()))
            return value;
        if (owner.startsWith(QStringLiteral("Field "))) {
            fail(Error::withCode(QStringLiteral("%1 is missing required arguments: %2")
                                     .arg(owner, name),
                                 QStringLiteral("missingRequiredArguments")));
        } else {
            fail(Error::withCode(QStringLiteral("Argument '%1' on %2 is required. Expected type %3")
                                     .arg(name, owner, type),
                                 QStringLiteral("missingRequiredInputObjectAttribute")));
        }
        return QJsonValue::Undefined;
    }

    QJsonObject object(const QJsonValue &value,
                       const QString &name,
                       const QString &owner,
                       const QString &type)
    {
        if (!value.isObject())
            invalid(value, name, owner, type);
        return value.toObject();
    }

    // A list; a single value stands for a list of one, as GraphQL's input coercion says.
    QJsonArray list(const QJsonValue &value)
    {
        if (value.isArray())
            return value.toArray();
        if (value.isNull() || value.isUndefined())
            return {};
        return QJsonArray{value};
    }

    // A String (null QString for null or missing).
    QString string(const QJsonValue &value,
                   const QString &name,
                   const QString &owner,
                   const QString &type)
    {
        if (value.isNull() || value.isUndefined())
            return {};
        if (!value.isString()) {
            invalid(value, name, owner, type);
            return {};
        }
        return value.toString();
    }

    QStringList strings(const QJsonValue &value,
                        const QString &name,
                        const QString &owner,
                        const QString &type)
    {
        QStringList result;
        for (const QJsonValue &item : list(value)) {
            const QString text = string(item, name, owner, type);
            if (text.isNull())
                invalid(item, name, owner, type);
            else
                result.append(text);
        }
        return result;
    }

    // A URL: absolute, with a scheme and a host, as Shopify's URL scalar requires.
    QString url(const QJsonValue &value,
                const QString &name,
                const QString &owner,
                const QString &type)
    {
        const QString text = string(value, name, owner, type);
        if (text.isNull())
            return text;
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
            invalid(value, name, owner, type);
        return text;
    }

    QStringList urls(const QJsonValue &value,
                     const QString &name,
                     const QString &owner,
                     const QString &type)
    {
        QStringList result;
        for (const QJsonValue &item : list(value)) {
            const QString text = url(item, name, owner, type);
            if (text.isNull())
                invalid(item, name, owner, type);
            result.append(text);
        }
        return result;
    }

    int integer(const QJsonValue &value,
                const QString &name,
                const QString &owner,
                const QString &type)
    {
        const double d = value.toDouble();
        if (!value.isDouble() || d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0) {
            invalid(value, name, owner, type);
            return 0;
        }
        return int(d);
    }

    bool boolean(const QJsonValue &value,
                 const QString &name,
                 const QString &owner,
                 const QString &type)
    {
        if (value.isNull() || value.isUndefined())
            return false;
        if (!value.isBool())
            invalid(value, name, owner, type);
        return value.toBool();
    }

    // The number of a global id of `gidType`; "Invalid global id" for anything else.
    qint64 id(const QJsonValue &value, QStringView gidType)
    {
        const QString text = value.isDouble() ? QString::number(value.toInteger())
                                              : value.toString();
        const auto number = StoreJson::idFromGid(text, gidType);
        if (!number) {
            fail(Error::withCode(QStringLiteral("Invalid global id '%1'").arg(text),
                                 QStringLiteral("argumentLiteralsIncompatible")));
            return 0;
        }
        return *number;
    }

private:
    void invalid(const QJsonValue &value,
                 const QString &name,
                 const QString &owner,
                 const QString &type)
    {
        // The value as GraphQL literal-ish JSON text, for the message.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        const QString shown = QString::fromUtf8(json.mid(1, json.size() - 2));
        fail(Error::withCode(
            QStringLiteral("Argument '%1' on %2 has an invalid value (%3). Expected type '%4'.")
                .arg(name, owner, shown, type),
            QStringLiteral("argumentLiteralsIncompatible")));
    }

    void fail(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }

    std::optional<Error> m_error;
};

// FulfillmentTrackingInput.
TrackingInput readTracking(InputReader &reader, const QJsonObject &input)
{
    const QString owner = QStringLiteral("InputObject 'FulfillmentTrackingInput'");
    reader.rejectUnknown(input,
                         owner,
                         {QStringLiteral("company"),
                          QStringLiteral("number"),
                          QStringLiteral("numbers"),
                          QStringLiteral("url"),
                          QStringLiteral("urls")});
    TrackingInput tracking;
    tracking.company = reader.string(input.value(QStringLiteral("company")),
                                     QStringLiteral("company"),
                                     owner,
                                     QStringLiteral("String"));
    tracking.numbers = reader.strings(input.value(QStringLiteral("numbers")),
                                      QStringLiteral("numbers"),
                                      owner,
                                      QStringLiteral("[String!]"));
    const QString number = reader.string(input.value(QStringLiteral("number")),
                                         QStringLiteral("number"),
                                         owner,
                                         QStringLiteral("String"));
    if (tracking.numbers.isEmpty() && !number.isEmpty())
        tracking.numbers.append(number);
    tracking.urls = reader.urls(input.value(QStringLiteral("urls")),
                                QStringLiteral("urls"),
                                owner,
                                QStringLiteral("[URL!]"));
    const QString url = reader.url(input.value(QStringLiteral("url")),
                                   QStringLiteral("url"),
                                   owner,
                                   QStringLiteral("URL"));
    if (tracking.urls.isEmpty() && !url.isEmpty())
        tracking.urls.append(url);
    return tracking;
}

} // namespace

MutationRootResolver::MutationRootResolver(StoreData &data,
                                           DemoStoreStats &stats,
                                           const AccessScopes &scopes,
                                           const FulfillmentMutations::Clock &clock)
    : m_data(data)
    , m_stats(stats)
    , m_scopes(scopes)
    , m_json(data)
    , m_clock(clock)
    , m_mutations(data, clock)
{
    m_json.setScopes(&m_scopes);
    m_mutations.setVisibility([this](const Order &order) {
        return m_scopes.allowsOrderCreatedAt(order.createdAt, m_clock());
    });
}

Resolution MutationRootResolver::resolve(const graphql::RootField &field)
{
    if (field.operationType != graphql::OperationDefinition::Type::Mutation)
        return Resolution::unknownField();
    const bool fulfilment = field.name == u"fulfillmentCreate"
                            || field.name == u"fulfillmentTrackingInfoUpdate"
                            || field.name == u"fulfillmentCancel";
    const QStringList writeScopes{QStringLiteral("write_assigned_fulfillment_orders"),
                                  QStringLiteral("write_merchant_managed_fulfillment_orders"),
                                  QStringLiteral("write_third_party_fulfillment_orders")};
    if (fulfilment && !m_scopes.allowsAny(writeScopes))
        return Resolution::failure(AccessScopes::accessDenied(field.name, writeScopes));
    if (field.name == u"fulfillmentOrderLineItemsPreparedForPickup") {
        const QString scope = QStringLiteral("write_merchant_managed_fulfillment_orders");
        if (!m_scopes.allows(scope))
            return Resolution::failure(AccessScopes::accessDenied(field.name, {scope}));
        return preparedForPickup(field.arguments);
    }
    if (field.name == u"fulfillmentCreate")
        return fulfillmentCreate(field.arguments);
    if (field.name == u"fulfillmentTrackingInfoUpdate")
        return fulfillmentTrackingInfoUpdate(field.arguments);
    if (field.name == u"fulfillmentCancel")
        return fulfillmentCancel(field.arguments);
    return Resolution::unknownField();
}

Resolution MutationRootResolver::fulfillmentCreate(const QJsonObject &arguments)
{
    InputReader reader;
    const QString field = QStringLiteral("Field 'fulfillmentCreate'");
    reader.rejectUnknown(arguments,
                         field,
                         {QStringLiteral("fulfillment"), QStringLiteral("message")});
    const QJsonObject input = reader.object(reader.required(arguments,
                                                            QStringLiteral("fulfillment"),
                                                            field,
                                                            QStringLiteral("FulfillmentInput!")),
                                            QStringLiteral("fulfillment"),
                                            field,
                                            QStringLiteral("FulfillmentInput!"));
    const QString inputOwner = QStringLiteral("InputObject 'FulfillmentInput'");
    reader.rejectUnknown(input,
                         inputOwner,
                         {QStringLiteral("lineItemsByFulfillmentOrder"),
                          QStringLiteral("notifyCustomer"),
                          QStringLiteral("originAddress"),
                          QStringLiteral("trackingInfo")});

    FulfillmentRequest request;
    const QString selectionOwner = QStringLiteral("InputObject 'FulfillmentOrderLineItemsInput'");
    const QString itemOwner = QStringLiteral("InputObject 'FulfillmentOrderLineItemInput'");
    const QJsonArray selections = reader.list(
        reader.required(input,
                        QStringLiteral("lineItemsByFulfillmentOrder"),
                        inputOwner,
                        QStringLiteral("[FulfillmentOrderLineItemsInput!]!")));
    for (const QJsonValue &value : selections) {
        const QJsonObject entry = reader.object(value,
                                                QStringLiteral("lineItemsByFulfillmentOrder"),
                                                inputOwner,
                                                QStringLiteral(
                                                    "[FulfillmentOrderLineItemsInput!]!"));
        reader.rejectUnknown(entry,
                             selectionOwner,
                             {QStringLiteral("fulfillmentOrderId"),
                              QStringLiteral("fulfillmentOrderLineItems")});
        FulfillmentOrderSelection selection;
        selection.fulfillmentOrderId = reader.id(reader.required(entry,
                                                                 QStringLiteral(
                                                                     "fulfillmentOrderId"),
                                                                 selectionOwner,
                                                                 QStringLiteral("ID!")),
                                                 u"FulfillmentOrder");
        const QJsonValue items = entry.value(QStringLiteral("fulfillmentOrderLineItems"));
        if (!items.isNull() && !items.isUndefined()) {
            selection.items.emplace();
            for (const QJsonValue &itemValue : reader.list(items)) {
                const QJsonObject item = reader.object(itemValue,
                                                       QStringLiteral("fulfillmentOrderLineItems"),
                                                       selectionOwner,
                                                       QStringLiteral(
                                                           "[FulfillmentOrderLineItemInput!]"));
                reader.rejectUnknown(item,
                                     itemOwner,
                                     {QStringLiteral("id"), QStringLiteral("quantity")});
                FulfillmentOrderSelection::Item read;
                read.fulfillmentOrderLineItemId = reader.id(reader.required(item,
                                                                            QStringLiteral("id"),
                                                                            itemOwner,
                                                                            QStringLiteral("ID!")),
                                                            u"FulfillmentOrderLineItem");
                read.quantity = reader.integer(reader.required(item,
                                                               QStringLiteral("quantity"),
                                                               itemOwner,
                                                               QStringLiteral("Int!")),
                                               QStringLiteral("quantity"),
                                               itemOwner,
                                               QStringLiteral("Int!"));
                selection.items->append(read);
            }
        }
        request.lineItemsByFulfillmentOrder.append(selection);
    }
    if (reader.boolean(input.value(QStringLiteral("notifyCustomer")),
                       QStringLiteral("notifyCustomer"),
                       inputOwner,
                       QStringLiteral("Boolean"))) {
        request.notifyCustomer = NotifyCustomer::Yes;
    }
    const QJsonValue tracking = input.value(QStringLiteral("trackingInfo"));
    if (!tracking.isNull() && !tracking.isUndefined()) {
        request.tracking = readTracking(reader,
                                        reader.object(tracking,
                                                      QStringLiteral("trackingInfo"),
                                                      inputOwner,
                                                      QStringLiteral("FulfillmentTrackingInput")));
    }
    if (reader.failed())
        return Resolution::failure(reader.error());
    return payload(Kind::Create, m_mutations.create(request));
}

Resolution MutationRootResolver::fulfillmentTrackingInfoUpdate(const QJsonObject &arguments)
{
    InputReader reader;
    const QString field = QStringLiteral("Field 'fulfillmentTrackingInfoUpdate'");
    reader.rejectUnknown(arguments,
                         field,
                         {QStringLiteral("fulfillmentId"),
                          QStringLiteral("trackingInfoInput"),
                          QStringLiteral("notifyCustomer")});
    const qint64 fulfillmentId = reader.id(reader.required(arguments,
                                                           QStringLiteral("fulfillmentId"),
                                                           field,
                                                           QStringLiteral("ID!")),
                                           u"Fulfillment");
    const QJsonObject input = reader.object(reader.required(arguments,
                                                            QStringLiteral("trackingInfoInput"),
                                                            field,
                                                            QStringLiteral(
                                                                "FulfillmentTrackingInput!")),
                                            QStringLiteral("trackingInfoInput"),
                                            field,
                                            QStringLiteral("FulfillmentTrackingInput!"));
    const TrackingInput tracking = readTracking(reader, input);
    // Left out, Shopify sends no notification.
    const bool notify = reader.boolean(arguments.value(QStringLiteral("notifyCustomer")),
                                       QStringLiteral("notifyCustomer"),
                                       field,
                                       QStringLiteral("Boolean"));
    if (reader.failed())
        return Resolution::failure(reader.error());
    return payload(Kind::TrackingUpdate,
                   m_mutations.updateTracking(fulfillmentId,
                                              tracking,
                                              notify ? NotifyCustomer::Yes : NotifyCustomer::No));
}

Resolution MutationRootResolver::fulfillmentCancel(const QJsonObject &arguments)
{
    InputReader reader;
    const QString field = QStringLiteral("Field 'fulfillmentCancel'");
    reader.rejectUnknown(arguments, field, {QStringLiteral("id")});
    const qint64 fulfillmentId
        = reader.id(reader.required(arguments, QStringLiteral("id"), field, QStringLiteral("ID!")),
                    u"Fulfillment");
    if (reader.failed())
        return Resolution::failure(reader.error());
    return payload(Kind::Cancel, m_mutations.cancel(fulfillmentId));
}

Resolution MutationRootResolver::preparedForPickup(const QJsonObject &arguments)
{
    InputReader reader;
    const QString field = QStringLiteral("Field 'fulfillmentOrderLineItemsPreparedForPickup'");
    reader.rejectUnknown(arguments, field, {QStringLiteral("input")});
    const QString inputType = QStringLiteral("FulfillmentOrderLineItemsPreparedForPickupInput!");
    const QJsonObject input
        = reader.object(reader.required(arguments, QStringLiteral("input"), field, inputType),
                        QStringLiteral("input"),
                        field,
                        inputType);
    const QString inputOwner = QStringLiteral(
        "InputObject 'FulfillmentOrderLineItemsPreparedForPickupInput'");
    reader.rejectUnknown(input, inputOwner, {QStringLiteral("lineItemsByFulfillmentOrder")});
    const QString entryType = QStringLiteral("[PreparedFulfillmentOrderLineItemsInput!]!");
    const QString entryOwner = QStringLiteral(
        "InputObject 'PreparedFulfillmentOrderLineItemsInput'");
    QList<qint64> ids;
    for (const QJsonValue &value :
         reader.list(reader.required(input,
                                     QStringLiteral("lineItemsByFulfillmentOrder"),
                                     inputOwner,
                                     entryType))) {
        const QJsonObject entry = reader.object(value,
                                                QStringLiteral("lineItemsByFulfillmentOrder"),
                                                inputOwner,
                                                entryType);
        reader.rejectUnknown(entry, entryOwner, {QStringLiteral("fulfillmentOrderId")});
        ids.append(reader.id(reader.required(entry,
                                             QStringLiteral("fulfillmentOrderId"),
                                             entryOwner,
                                             QStringLiteral("ID!")),
                             u"FulfillmentOrder"));
    }
    if (reader.failed())
        return Resolution::failure(reader.error());

    ++m_stats.mutations;
    const PickupOutcome outcome = m_mutations.prepareForPickup(ids);
    QJsonArray userErrors;
    for (const UserError &error : outcome.userErrors) {
        userErrors.append(
            QJsonObject{{QStringLiteral("__typename"),
                         QStringLiteral("FulfillmentOrderLineItemsPreparedForPickupUserError")},
                        {QStringLiteral("field"), QJsonArray::fromStringList(error.field)},
                        {QStringLiteral("message"), error.message},
                        {QStringLiteral("code"),
                         error.code.isNull() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(error.code)}});
    }
    if (outcome.userErrors.isEmpty()) {
        m_stats.pickupsPrepared += ids.size();
        m_stats.notificationsSent += outcome.customersNotified;
    } else {
        ++m_stats.mutationsRefused;
    }
    return Resolution::of(
        QJsonObject{{QStringLiteral("__typename"),
                     QStringLiteral("FulfillmentOrderLineItemsPreparedForPickupPayload")},
                    {QStringLiteral("userErrors"), userErrors}});
}

Resolution MutationRootResolver::payload(Kind kind, const MutationOutcome &outcome)
{
    ++m_stats.mutations;
    const QString typeName = kind == Kind::Create ? QStringLiteral("FulfillmentCreatePayload")
                             : kind == Kind::Cancel
                                 ? QStringLiteral("FulfillmentCancelPayload")
                                 : QStringLiteral("FulfillmentTrackingInfoUpdatePayload");
    QJsonArray userErrors;
    for (const UserError &error : outcome.userErrors) {
        userErrors.append(QJsonObject{{QStringLiteral("__typename"), QStringLiteral("UserError")},
                                      {QStringLiteral("field"),
                                       error.field.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(QJsonArray::fromStringList(error.field))},
                                      {QStringLiteral("message"), error.message}});
    }
    QJsonValue fulfillment = QJsonValue::Null;
    if (outcome.succeeded()) {
        const Order &order = m_data.orders[outcome.order];
        fulfillment = m_json.fulfillment(order, outcome.fulfillment, true);
        switch (kind) {
        case Kind::Create:
            ++m_stats.fulfillmentsCreated;
            m_stats.countCreated(order.id);
            break;
        case Kind::TrackingUpdate:
            ++m_stats.trackingUpdates;
            break;
        case Kind::Cancel:
            ++m_stats.fulfillmentsCancelled;
            m_stats.countCancelled(order.id);
            break;
        }
        if (outcome.customerNotified)
            ++m_stats.notificationsSent;
    } else {
        ++m_stats.mutationsRefused;
        if (kind == Kind::Create && outcome.duplicate)
            ++m_stats.duplicateCreatesRefused;
    }
    return Resolution::of(QJsonObject{{QStringLiteral("__typename"), typeName},
                                      {QStringLiteral("fulfillment"), fulfillment},
                                      {QStringLiteral("userErrors"), userErrors}});
}

} // namespace demostore
