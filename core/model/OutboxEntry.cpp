#include "core/model/OutboxEntry.h"

using namespace Qt::StringLiterals;

QString OutboxEntry::actionName(Action action)
{
    switch (action) {
    case Action::Fulfill:
        return u"fulfill"_s;
    case Action::UpdateTracking:
        return u"tracking"_s;
    case Action::CancelFulfillment:
        return u"cancel"_s;
    case Action::PreparePickup:
        return u"pickup-ready"_s;
    }
    return {};
}

std::optional<OutboxEntry::Action> OutboxEntry::actionFromName(QStringView name)
{
    for (Action action : {Action::Fulfill,
                          Action::UpdateTracking,
                          Action::CancelFulfillment,
                          Action::PreparePickup}) {
        if (name == actionName(action))
            return action;
    }
    return std::nullopt;
}

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return u"waiting"_s;
    case State::Ready:
        return u"ready"_s;
    case State::Sending:
        return u"sending"_s;
    case State::Unknown:
        return u"unknown"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Done:
        return u"done"_s;
    }
    return {};
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromName(QStringView name)
{
    for (State state :
         {State::Waiting, State::Ready, State::Sending, State::Unknown, State::Failed, State::Done}) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}
