#pragma once

#include "core/graphql/Document.h"
#include "core/graphql/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace graphql {

// A request made ready to run: the operation picked by name, its variables checked against
// their declared types and completed with default values (what the spec calls coercing the
// variable values). When anything is wrong it holds the errors a server answers with instead
// of data, worded like Shopify's.
class PreparedOperation final
{
public:
    static PreparedOperation prepare(const Document &document,
                                     const QString &operationName,
                                     const QJsonObject &variables);

    bool isValid() const { return m_operation && m_errors.isEmpty(); }
    const Document &document() const { return *m_document; }
    const OperationDefinition *operation() const { return m_operation; }
    // The provided variables, with defaults for those left out; declared ones only.
    const QJsonObject &variables() const { return m_variables; }
    const QList<Error> &errors() const { return m_errors; }

    // Only the defaults applied, nothing checked: what pricing uses for client-side estimates.
    static QJsonObject withDefaults(const OperationDefinition &operation,
                                    const QJsonObject &variables);

private:
    const Document *m_document = nullptr;
    const OperationDefinition *m_operation = nullptr;
    QJsonObject m_variables;
    QList<Error> m_errors;
};

} // namespace graphql
