#include "core/shopify/JsonlOrderReader.h"

#include "core/shopify/OrderParser.h"

#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The sizes bulk-closed-orders.graphql asks its plain lists with.
constexpr int kFulfillments = 25;
constexpr int kTrackingInfo = 10;

} // namespace

JsonlOrderReader::JsonlOrderReader()
{
    m_sizes.fulfillments = kFulfillments;
    m_sizes.trackingInfo = kTrackingInfo;
}

bool JsonlOrderReader::addLine(const QByteArray &line)
{
    if (line.isEmpty())
        return true;
    ++m_lines;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_problem = u"line %1: not a JSON object (%2)"_s.arg(m_lines).arg(error.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    // Left in the line (the parser reads the fields it knows): taking it out would copy it.
    const QString parent = object.value("__parentId"_L1).toString();
    if (parent.isEmpty()) {
        completeCurrent();
        m_currentId = object.value("id"_L1).toString();
        m_current = object;
        return m_problem.isEmpty();
    }
    if (parent != m_currentId) {
        if (!m_ids.contains(parent)) {
            m_problem = u"line %1: its parent %2 was not read before it"_s.arg(m_lines).arg(parent);
            return false;
        }
        // Its order is stored already: read that order again later.
        if (!m_laterParents.contains(parent))
            m_laterParents.append(parent);
        return true;
    }
    const QString id = object.value("id"_L1).toString();
    if (id.startsWith("gid://shopify/LineItem/"_L1)) {
        m_lineItems.append(object);
    } else if (id.startsWith("gid://shopify/FulfillmentOrder/"_L1)) {
        m_fulfillmentOrders.append(object);
    } else {
        m_problem = u"line %1: a child of an unknown kind (%2)"_s.arg(m_lines).arg(id);
        return false;
    }
    return true;
}

void JsonlOrderReader::completeCurrent()
{
    if (m_currentId.isEmpty())
        return;
    OrderOverflow overflow;
    Parsed<Order> parsed
        = OrderParser::bulkOrder(m_current, m_lineItems, m_fulfillmentOrders, m_sizes, &overflow);
    m_ids.insert(m_currentId);
    if (!parsed.isOk()) {
        if (m_problem.isEmpty())
            m_problem = u"order %1: %2"_s.arg(m_currentId, parsed.problem);
    } else {
        if (!overflow.isEmpty())
            m_laterParents.append(m_currentId); // as many shipments as asked: may be more
        m_ready.append(std::move(parsed.value));
    }
    m_current = {};
    m_currentId.clear();
    m_lineItems.clear(); // keeps its room for the next order
    m_fulfillmentOrders.clear();
}

QList<Order> JsonlOrderReader::takeOrders()
{
    return std::exchange(m_ready, {});
}

QList<Order> JsonlOrderReader::finish()
{
    completeCurrent();
    return takeOrders();
}
