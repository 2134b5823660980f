#include "tests/testlib/SchemaTools.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace SchemaTools {

namespace {

Outcome run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QDir(sharedDir()).filePath(QStringLiteral("tools/") + tool), arguments);
    Outcome outcome;
    // Node starts and reads the whole schema for each run: a few seconds on a busy machine.
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        outcome.output = tool + QStringLiteral(" did not finish: ") + process.errorString();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.output = QString::fromUtf8(process.readAll());
    return outcome;
}

} // namespace

QString sharedDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SMIDIG_SHARED_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared"));
}

QString sourceDir()
{
    return qEnvironmentVariable("SMIDIG_SOURCE_DIR", QDir::currentPath());
}

QString fixturePath(const QString &name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/fixtures/") + name);
}

QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Outcome checkResponse(const QString &graphqlFile,
                      const QString &operationName,
                      const QJsonObject &variables,
                      const QByteArray &response)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {-1, QStringLiteral("no temporary folder: ") + dir.errorString()};
    const QString responsePath = dir.filePath(QStringLiteral("response.json"));
    const QString variablesPath = dir.filePath(QStringLiteral("variables.json"));
    QFile responseFile(responsePath);
    QFile variablesFile(variablesPath);
    if (!responseFile.open(QIODevice::WriteOnly) || responseFile.write(response) != response.size()
        || !variablesFile.open(QIODevice::WriteOnly)
        || variablesFile.write(QJsonDocument(variables).toJson()) < 0) {
        return {-1, QStringLiteral("could not write the response to a temporary file")};
    }
    responseFile.close();
    variablesFile.close();
    return run(QStringLiteral("check-response"),
               {QStringLiteral("--query"),
                graphqlFile,
                QStringLiteral("--response"),
                responsePath,
                QStringLiteral("--variables"),
                variablesPath,
                QStringLiteral("--operation"),
                operationName});
}

Outcome validateGraphql(const QStringList &paths)
{
    return run(QStringLiteral("validate-graphql"), paths);
}

} // namespace SchemaTools
