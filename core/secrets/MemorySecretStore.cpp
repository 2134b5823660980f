#include "core/secrets/MemorySecretStore.h"

void MemorySecretStore::read(const QString &key, Callback done)
{
    const auto it = m_secrets.constFind(key);
    done(it == m_secrets.constEnd() ? Result{Outcome::NotFound, {}, {}}
                                    : Result{Outcome::Ok, it.value(), {}});
}

void MemorySecretStore::write(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    done({Outcome::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    m_secrets.remove(key);
    done({Outcome::Ok, {}, {}});
}

QString MemorySecretStore::description() const
{
    return tr("memory only, for this session");
}
