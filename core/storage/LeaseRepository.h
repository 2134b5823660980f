#pragma once

#include "core/model/Lease.h"
#include "core/storage/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

// Named leases in the store (the `leases` table): what one process works on, for every other
// process sharing the store to see and respect. A lease lapses by the database's clock
// (SqlDialect::nowMillis), so stations whose clocks disagree still agree on it, and a crashed
// station's leases free themselves. Each call is one statement: atomic on its own, so it
// needs no transaction of the caller's (one may still wrap it).
class LeaseRepository final
{
public:
    explicit LeaseRepository(QSqlDatabase db);

    enum class Take {
        IfFree,   // only when nobody else holds it (or their lease lapsed)
        TakeOver, // from whoever holds it: a person confirmed it
    };

    // Takes (or, for its own holder, renews) the lease `name` for `duration`. `current` is set
    // to the lease as stored afterwards: ours when taken, the other holder's when not.
    // `endedHolder` (IfFree only): a holder known to have ended, whose lease counts as free
    // (and only while it is still theirs: a live process that took it first keeps it).
    StoreError take(const QString &name,
                    const QString &holder,
                    const StationIdentity &who,
                    std::chrono::milliseconds duration,
                    Take mode,
                    Lease *current,
                    const QString &endedHolder = {});
    // As take(IfFree), but a lease whose holder `hasEnded` says is gone (a process of this
    // machine that was killed or crashed) is free at once rather than after its lease; only
    // while it is still that holder's, so a live process that took it first keeps it.
    // `endedHolder`, when given, is set to the ended holder it was taken from.
    StoreError takeUnlessLive(const QString &name,
                              const QString &holder,
                              const StationIdentity &who,
                              std::chrono::milliseconds duration,
                              const std::function<bool(const QString &holder)> &hasEnded,
                              Lease *current,
                              QString *endedHolder = nullptr);
    // Renews every lease `holder` still has; `held` lists their names (one taken over by
    // another process is not among them).
    StoreError renew(const QString &holder, std::chrono::milliseconds duration, QStringList *held);
    // Lets the lease go if `holder` still has it.
    StoreError release(const QString &name, const QString &holder);
    // The leases in force whose names start with `prefix`, by name.
    StoreError current(const QString &prefix, QList<Lease> *leases) const;
    // The lease `name` when in force.
    StoreError find(const QString &name, std::optional<Lease> *lease) const;

private:
    QSqlDatabase m_db;
};
