#include "core/secrets/FileSecretStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"

#include "tests/testlib/FileCreationWatcher.h"
#include "tests/testlib/Requirements.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QString kNoAnswer = u"the store did not answer within 20 s"_s;

// Runs a store call to its end and returns what it answered. No answer within 20 s is a
// failure of its own kind: never mistaken for one of the outcomes a store may give.
SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> answer;
    call([&answer](const SecretStore::Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return {SecretStore::Outcome::Failed, {}, kNoAnswer};
    return *answer;
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

    // Not only in the end: from the moment it exists, with the usual umask (which would give a
    // new file 0644). The folder made for it is the owner's alone too.
    void aFileIsNeverOpenToOthersNotEvenAtFirst()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(u"config/Smidig"_s);
        QVERIFY(QDir().mkpath(home.filePath(u"config"_s)));
        FileSecretStore store(folder + u"/secrets.json"_s);
        QVERIFY(wait([&](auto done) { store.write(u"k"_s, u"secret-12345678"_s, done); }).isOk());
        QCOMPARE(QFileInfo(folder).permissions()
                     & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                        | QFileDevice::ExeOther),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        // A new file, written while every opening of it is watched, under the usual umask
        // (which lets a file be made readable by others).
        const mode_t umaskBefore = umask(022);
        const auto restoreUmask = qScopeGuard([umaskBefore] { umask(umaskBefore); });
        QVERIFY(QFile::remove(folder + u"/secrets.json"_s));
        FileCreationWatcher watcher(folder);
        SMIDIG_REQUIRE(watcher.isWatching(),
                       u"watching file creation needs fanotify and CAP_SYS_ADMIN: "_s
                           + watcher.problem());
        QVERIFY(wait([&](auto done) { store.write(u"k"_s, u"secret-12345678"_s, done); }).isOk());
        QVERIFY(wait([&](auto done) { store.write(u"l"_s, u"secret-87654321"_s, done); }).isOk());
        QVERIFY2(watcher.widestSeen().contains(u"secrets.json"_s),
                 qPrintable(QStringList(watcher.widestSeen().keys()).join(u", "_s)));
        QCOMPARE(watcher.openToOthers(), QStringList());
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
        const auto read = wait([&](auto done) { store.read(u"nothing/here"_s, done); });
        QVERIFY2(read.problem != kNoAnswer, "the keychain store hung");
        QVERIFY2(read.outcome == SecretStore::Outcome::Unavailable
                     || read.outcome == SecretStore::Outcome::NotFound
                     || read.outcome == SecretStore::Outcome::Failed,
                 qPrintable(read.problem));
        QVERIFY(read.secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
