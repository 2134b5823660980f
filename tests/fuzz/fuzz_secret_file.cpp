// The secret file (FileSecretStore, where secrets go when no keychain is there): whatever
// bytes it holds after a crash, a full disk or a hand edit, reading a shop's secret from it
// does not crash, and a secret written into it is read back as written, without changing the
// one read before.

#include "tests/fuzz/FuzzSupport.h"

#include "core/secrets/FileSecretStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

SecretStore::Result readNow(FileSecretStore *store, const QString &key)
{
    SecretStore::Result read;
    store->read(key, [&read](const SecretStore::Result &result) { read = result; });
    return read;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"secrets.json"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(fuzz::bytes(data, size));
    }
    FileSecretStore store(path);
    const QString shopKey = u"butik.myshopify.com/access-token"_s;
    const SecretStore::Result before = readNow(&store, shopKey);
    if (before.outcome != SecretStore::Outcome::Ok
        && before.outcome != SecretStore::Outcome::NotFound)
        return 0;

    const QString checkKey = u"check.myshopify.com/client-secret"_s;
    bool written = false;
    store.write(checkKey, u"shpss_check"_s, [&written](const SecretStore::Result &result) {
        written = result.isOk();
    });
    if (!written || readNow(&store, checkKey).secret != u"shpss_check"_s)
        std::abort();
    const SecretStore::Result after = readNow(&store, shopKey);
    if (after.outcome != before.outcome || after.secret != before.secret)
        std::abort();
    return 0;
}
