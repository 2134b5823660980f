#include "ui/OutboxText.h"

#include "ui/StatusIcons.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString OutboxText::actionName(OutboxEntry::Action action)
{
    switch (action) {
    case OutboxEntry::Action::Fulfill:
        return tr("Fulfill");
    case OutboxEntry::Action::UpdateTracking:
        return tr("Update tracking");
    case OutboxEntry::Action::CancelFulfillment:
        return tr("Cancel shipment");
    case OutboxEntry::Action::PreparePickup:
        return tr("Ready for pickup");
    }
    return {};
}

QString OutboxText::describe(const OutboxEntry &entry)
{
    switch (entry.action) {
    case OutboxEntry::Action::Fulfill: {
        const int items = entry.payload.value("items"_L1).toInt();
        const QString location = entry.payload.value("location"_L1).toString();
        //: %1 is a location, such as "Lager Vejle"
        QString text = location.isEmpty()
                           ? tr("Fulfill %n item(s)", nullptr, items)
                           : tr("Fulfill %n item(s) from %1", nullptr, items).arg(location);
        // The numbers too, so a packer can tell which parcel a row is.
        const QJsonObject tracking = entry.payload.value("variables"_L1)
                                         .toObject()
                                         .value("fulfillment"_L1)
                                         .toObject()
                                         .value("trackingInfo"_L1)
                                         .toObject();
        QStringList numbers;
        if (tracking.contains("number"_L1))
            numbers.append(tracking.value("number"_L1).toString());
        for (const QJsonValue &number : tracking.value("numbers"_L1).toArray())
            numbers.append(number.toString());
        if (!numbers.isEmpty()) {
            const QString company = tracking.value("company"_L1).toString();
            text += u" · "_s + (company.isEmpty() ? QString() : company + u' ')
                    + numbers.join(u", "_s);
        }
        return text;
    }
    case OutboxEntry::Action::UpdateTracking: {
        QStringList numbers;
        for (const QJsonValue &number : entry.payload.value("numbers"_L1).toArray())
            numbers.append(number.toString());
        if (numbers.isEmpty())
            return tr("Remove tracking");
        //: %1 is one or more tracking numbers
        return tr("Update tracking: %1").arg(numbers.join(u", "_s));
    }
    case OutboxEntry::Action::CancelFulfillment:
        return actionName(entry.action);
    case OutboxEntry::Action::PreparePickup: {
        const int items = entry.payload.value("items"_L1).toInt();
        const QString location = entry.payload.value("location"_L1).toString();
        //: %1 is a location, such as "Butik Aarhus"
        return location.isEmpty()
                   ? tr("%n item(s) ready for pickup", nullptr, items)
                   : tr("%n item(s) ready for pickup at %1", nullptr, items).arg(location);
    }
    }
    return {};
}

QString OutboxText::stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Waiting:
        return tr("Waiting (can be undone)");
    case OutboxEntry::State::Ready:
        return tr("Waiting to be sent");
    case OutboxEntry::State::Sending:
        return tr("Sending");
    case OutboxEntry::State::Unknown:
        return tr("Checking with Shopify");
    case OutboxEntry::State::Failed:
        return tr("Not sent");
    case OutboxEntry::State::Done:
        return tr("Done");
    }
    return {};
}

QIcon OutboxText::stateIcon(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Waiting:
    case OutboxEntry::State::Ready:
        return StatusIcons::forStatus(FulfillmentOrderStatus::Scheduled); // a clock: it waits
    case OutboxEntry::State::Sending:
    case OutboxEntry::State::Unknown:
        return StatusIcons::sending();
    case OutboxEntry::State::Failed:
        return StatusIcons::warning();
    case OutboxEntry::State::Done:
        return StatusIcons::forStatus(FulfillmentOrderStatus::Closed);
    }
    return {};
}
