#include "core/secrets/FileSecretStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Runs a store call to its end and returns what it answered.
SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> answer;
    call([&answer](const SecretStore::Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        qWarning("the store did not answer within 20 s");
    // No answer at all counts as a failure the tests will see.
    return answer.value_or(SecretStore::Result{SecretStore::Outcome::Failed, {}, u"no answer"_s});
}

} // namespace

// Where secrets are kept: each store keeps and forgets them, a file is for its owner only,
// and a keychain that does not answer never hangs the app.
class TestSecretStores final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void memoryKeepsForTheSession()
    {
        MemorySecretStore store;
        QCOMPARE(wait([&](auto done) { store.read(u"shop/token"_s, done); }).outcome,
                 SecretStore::Outcome::NotFound);
        QVERIFY(wait([&](auto done) {
                    store.write(u"shop/token"_s, u"shpat_recognisable"_s, done);
                }).isOk());
        const auto read = wait([&](auto done) { store.read(u"shop/token"_s, done); });
        QVERIFY(read.isOk());
        QCOMPARE(read.secret, u"shpat_recognisable"_s);
        QVERIFY(wait([&](auto done) { store.remove(u"shop/token"_s, done); }).isOk());
        QCOMPARE(wait([&](auto done) { store.read(u"shop/token"_s, done); }).outcome,
                 SecretStore::Outcome::NotFound);
    }

    void aFileIsReadableByItsOwnerOnly()
    {
        const QString path = m_dir.filePath(u"config/secrets.json"_s);
        FileSecretStore store(path);
        QVERIFY(wait([&](auto done) {
                    store.write(u"a/access-token"_s, u"token-a-1234567"_s, done);
                }).isOk());
        QVERIFY(wait([&](auto done) {
                    store.write(u"b/client-secret"_s, u"secret-b-1234567"_s, done);
                }).isOk());
        const QFileDevice::Permissions permissions = QFile::permissions(path);
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!(permissions
                  & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                     | QFileDevice::WriteOther)));
        QCOMPARE(wait([&](auto done) { store.read(u"a/access-token"_s, done); }).secret,
                 u"token-a-1234567"_s);

        // A second store on the same file sees what the first wrote (the next start).
        FileSecretStore again(path);
        QCOMPARE(wait([&](auto done) { again.read(u"b/client-secret"_s, done); }).secret,
                 u"secret-b-1234567"_s);
        QVERIFY(wait([&](auto done) { again.remove(u"a/access-token"_s, done); }).isOk());
        QCOMPARE(wait([&](auto done) { store.read(u"a/access-token"_s, done); }).outcome,
                 SecretStore::Outcome::NotFound);
        QVERIFY(store.description().contains(u"secrets.json"_s));
    }

    void aFileOthersCanReadIsNotTrusted()
    {
        const QString path = m_dir.filePath(u"open/secrets.json"_s);
        FileSecretStore store(path);
        QVERIFY(wait([&](auto done) { store.write(u"k"_s, u"secret-12345678"_s, done); }).isOk());
        QFile::setPermissions(path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadOther);
        const auto read = wait([&](auto done) { store.read(u"k"_s, done); });
        QCOMPARE(read.outcome, SecretStore::Outcome::Failed);
        QVERIFY(read.problem.contains(u"other users"_s));
        QVERIFY(read.secret.isEmpty());
    }

    void aKeychainThatDoesNotAnswerIsUnavailableNotAHang()
    {
        // No secret service runs where the tests run (no session bus): whatever QtKeychain
        // makes of that, the store answers within its timeout and says so.
        KeychainSecretStore store(u"SmidigTest"_s);
        store.setTimeout(std::chrono::milliseconds(3000));
        QElapsedTimer timer;
        timer.start();
        const auto read = wait([&](auto done) { store.read(u"nothing/here"_s, done); });
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(read.outcome == SecretStore::Outcome::Unavailable
                     || read.outcome == SecretStore::Outcome::NotFound
                     || read.outcome == SecretStore::Outcome::Failed,
                 qPrintable(read.problem));
        QVERIFY(read.secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
