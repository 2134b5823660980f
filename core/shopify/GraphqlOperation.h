#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace graphql {
class Document;
}

// One named operation of a .graphql file embedded in the app's resources (":/graphql/..."):
// the text sent to Shopify and what the client needs to plan it (its cost for given
// variables, whether it is a mutation).
class GraphqlOperation final
{
public:
    // Loads the named operation from a resource file; invalid() if the file or the operation
    // is missing or does not parse (a programming error, caught by the tests).
    static GraphqlOperation load(const QString &resourcePath, const QString &operationName);

    bool isValid() const { return m_document != nullptr; }
    QString name() const { return m_name; }
    QString text() const { return m_text; }
    bool isMutation() const;
    // Shopify's requested cost of the operation with these variables (see graphql/QueryCost).
    int requestedCost(const QJsonObject &variables) const;
    // Why load() failed.
    QString problem() const { return m_problem; }

private:
    QString m_name;
    QString m_text;
    QString m_problem;
    std::shared_ptr<const graphql::Document> m_document;
};
