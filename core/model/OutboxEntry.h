#pragma once

#include "core/model/PackedLine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One action the user took that must reach Shopify: written to the local store before it is
// sent, so a crash, a power cut or a dead network cannot lose it, and never sent twice (an
// entry whose outcome is unknown is checked against Shopify first).
struct OutboxEntry
{
    enum class Action { Fulfill, UpdateTracking, CancelFulfillment, PreparePickup };

    enum class State {
        Waiting, // inside the undo window
        Ready,   // to be sent
        Sending, // on its way; after a crash this means Unknown
        Unknown, // sent, but no answer came: check Shopify before sending again
        Failed,  // Shopify refused it, or it needs a person; kept until retried or dropped
        Done,
    };

    qint64 id = 0;
    Action action = Action::Fulfill;
    State state = State::Waiting;
    QString orderId;
    QString orderName;
    // The request as the mutation's variables, plus what the check of an unknown outcome
    // needs (see OutboxVerifier).
    QJsonObject payload;
    QDateTime createdAt;
    QDateTime sendAfter; // end of the undo window, or of a back-off after a failure
    int attempts = 0;
    QString message; // Shopify's words for a failure, or why the outcome is unknown
    // The process that holds the entry's lease (OutboxOwner), and how many times it has been
    // taken: an outcome is recorded only by the owner of the epoch it was taken in.
    QString owner;
    qint64 epoch = 0;
    // How pack mode counted the lines of a fulfilment, carried from the request to the
    // packing history that enqueueing writes; not kept in the outbox table (so empty on an
    // entry read back from the store).
    QList<PackedLine> packed;

    bool isOpen() const { return state != State::Done; }
    // Counts against the order as "pending": everything but finished and failed entries.
    bool isPending() const { return state != State::Done && state != State::Failed; }

    static QString actionName(Action action);
    static std::optional<Action> actionFromName(QStringView name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};
