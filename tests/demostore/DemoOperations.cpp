#include "tests/demostore/DemoOperations.h"

#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QFile>

namespace DemoOperations {

QString ordersFile()
{
    return QDir(SchemaTools::sourceDir())
        .filePath(QStringLiteral("core/shopify/operations/orders.graphql"));
}

QString ordersDocument()
{
    QFile file(ordersFile());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(ordersFile()));
    return QString::fromUtf8(file.readAll());
}

QJsonObject pageSizes()
{
    return {{QStringLiteral("lineItems"), 10},
            {QStringLiteral("fulfillmentOrders"), 5},
            {QStringLiteral("fulfillmentOrderLineItems"), 10},
            {QStringLiteral("fulfillments"), 5},
            {QStringLiteral("trackingInfo"), 3}};
}

DemoClient::Response post(DemoClient &client,
                          const QString &operationName,
                          const QJsonObject &variables)
{
    static const QString document = ordersDocument();
    QJsonObject all = pageSizes();
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        all.insert(it.key(), it.value());
    return client.post(document, all, operationName);
}

DemoClient::Response fulfillmentCreate(DemoClient &client, const QJsonObject &fulfillmentInput)
{
    return post(client,
                QStringLiteral("FulfillmentCreate"),
                {{QStringLiteral("fulfillment"), fulfillmentInput}});
}

DemoClient::Response fulfillmentTrackingInfoUpdate(DemoClient &client,
                                                   const QString &fulfillmentId,
                                                   const QJsonObject &trackingInput,
                                                   const QJsonValue &notifyCustomer)
{
    QJsonObject variables{{QStringLiteral("fulfillmentId"), fulfillmentId},
                          {QStringLiteral("trackingInfoInput"), trackingInput}};
    if (!notifyCustomer.isUndefined())
        variables.insert(QStringLiteral("notifyCustomer"), notifyCustomer);
    return post(client, QStringLiteral("FulfillmentTrackingInfoUpdate"), variables);
}

DemoClient::Response fulfillmentCancel(DemoClient &client, const QString &fulfillmentId)
{
    return post(client,
                QStringLiteral("FulfillmentCancel"),
                {{QStringLiteral("id"), fulfillmentId}});
}

QJsonObject payload(const DemoClient::Response &response, const QString &mutationField)
{
    return response.json.value(QStringLiteral("data")).toObject().value(mutationField).toObject();
}

} // namespace DemoOperations
