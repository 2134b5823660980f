#include "core/shopify/GraphqlOperation.h"

#include "core/graphql/Parser.h"
#include "core/graphql/QueryCost.h"

#include <QFile>

using namespace Qt::StringLiterals;

GraphqlOperation GraphqlOperation::load(const QString &resourcePath, const QString &operationName)
{
    GraphqlOperation operation;
    operation.m_name = operationName;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        operation.m_problem = u"cannot read %1: %2"_s.arg(resourcePath, file.errorString());
        return operation;
    }
    operation.m_text = QString::fromUtf8(file.readAll());
    QString error;
    std::optional<graphql::Document> document = graphql::parse(operation.m_text, &error);
    if (!document) {
        operation.m_problem = u"%1 does not parse: %2"_s.arg(resourcePath, error);
        return operation;
    }
    if (!document->operationNames().contains(operationName)) {
        operation.m_problem = u"%1 has no operation %2"_s.arg(resourcePath, operationName);
        return operation;
    }
    operation.m_document = std::make_shared<const graphql::Document>(std::move(*document));
    return operation;
}

bool GraphqlOperation::isMutation() const
{
    return m_document && m_document->isMutation(m_name);
}

int GraphqlOperation::requestedCost(const QJsonObject &variables) const
{
    return m_document ? graphql::requestedCost(*m_document, m_name, variables) : 0;
}
