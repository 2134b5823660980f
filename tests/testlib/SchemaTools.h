#pragma once

#include <QJsonObject>
#include <QString>

// The workplace's schema tools (../shared/tools) run from tests, so the demo store and our
// fixtures are checked against Shopify's published schema rather than our own idea of it.
namespace SchemaTools {

// The shared folder, from SMIDIG_SHARED_DIR (set by ctest) or next to the source tree.
QString sharedDir();
// The project's source folder, from SMIDIG_SOURCE_DIR (set by ctest).
QString sourceDir();

// A file under tests/fixtures, read whole; empty when missing (the test then fails on it).
QByteArray fixture(const QString &name);
QString fixturePath(const QString &name);

struct Outcome
{
    int exitCode = -1;
    QString output; // what the tool printed, for the failure message
};

// Runs check-response on a response to the named operation of the .graphql file.
Outcome checkResponse(const QString &graphqlFile,
                      const QString &operationName,
                      const QJsonObject &variables,
                      const QByteArray &response);

// Runs validate-graphql on files or folders.
Outcome validateGraphql(const QStringList &paths);

} // namespace SchemaTools
