#include "ui/dialogs/SettingsDialog.h"

#include "ui/widgets/CountryComboBox.h"

#include "core/model/StationNaming.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

int seconds(std::chrono::milliseconds duration)
{
    return int(std::lround(double(duration.count()) / 1000.0));
}

} // namespace

SettingsDialog::SettingsDialog(const FulfillmentSettings &fulfillment,
                               const SyncSettings &sync,
                               QWidget *parent)
    : QDialog(parent)
    , m_fulfillment(fulfillment)
    , m_sync(sync)
    , m_notify(new QCheckBox(tr("&Notify customers by default"), this))
    , m_undoWindow(new QSpinBox(this))
    , m_country(new CountryComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_reconcile(new QSpinBox(this))
    , m_stationName(new QLineEdit(this))
    , m_packerName(new QLineEdit(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));

    auto *fulfillmentBox = new QGroupBox(tr("Fulfillment"), this);
    auto *fulfillmentForm = new QFormLayout(fulfillmentBox);
    m_notify->setObjectName(u"notifyByDefault"_s);
    m_notify->setChecked(fulfillment.notifyByDefault == NotifyCustomer::Yes);
    fulfillmentForm->addRow(m_notify);
    fulfillmentForm->addRow(hint(tr("\"Notify customer\" starts ticked when you fulfill: Shopify "
                                    "emails a shipping confirmation."),
                                 fulfillmentBox));
    m_undoWindow->setObjectName(u"undoWindow"_s);
    m_undoWindow->setRange(0, 30);
    //: Unit after the undo window's number of seconds
    m_undoWindow->setSuffix(tr(" s"));
    //: The undo window set to 0 seconds
    m_undoWindow->setSpecialValueText(tr("No undo"));
    m_undoWindow->setValue(seconds(fulfillment.undoWindow));
    fulfillmentForm->addRow(tr("&Undo window:"), m_undoWindow);
    fulfillmentForm->addRow(hint(
        tr("How long a fulfillment waits before it is sent, so it can be taken back (Ctrl+Z)."),
        fulfillmentBox));
    m_country->setCountryCode(fulfillment.shopCountry);
    fulfillmentForm->addRow(tr("Shop &country:"), m_country);
    fulfillmentForm->addRow(
        hint(tr("The carriers of this country are offered first, such as PostNord DK."),
             fulfillmentBox));

    auto *syncBox = new QGroupBox(tr("Sync"), this);
    auto *syncForm = new QFormLayout(syncBox);
    m_interval->setObjectName(u"syncInterval"_s);
    m_interval->setRange(1, 120);
    //: Unit after a number of minutes
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(int(sync.interval.count()));
    syncForm->addRow(tr("Sync &every:"), m_interval);
    syncForm->addRow(
        hint(tr("Smidig fetches what changed in the shop this often; F5 syncs at once."), syncBox));
    m_reconcile->setObjectName(u"reconcileInterval"_s);
    m_reconcile->setRange(15, 1440);
    m_reconcile->setSingleStep(15);
    m_reconcile->setSuffix(tr(" min"));
    m_reconcile->setValue(int(sync.reconcileInterval.count()));
    syncForm->addRow(tr("&Reconcile open orders every:"), m_reconcile);
    syncForm->addRow(
        hint(tr("Reads every open order again, for the changes Shopify does not mark as updates."),
             syncBox));

    auto *stationBox = new QGroupBox(tr("Station"), this);
    auto *stationForm = new QFormLayout(stationBox);
    m_stationName->setObjectName(u"stationName"_s);
    m_stationName->setMaxLength(int(StationNaming::kMaxLength));
    m_stationName->setPlaceholderText(StationNaming::defaultStationName());
    stationForm->addRow(tr("&Station name:"), m_stationName);
    m_packerName->setObjectName(u"packerName"_s);
    m_packerName->setMaxLength(int(StationNaming::kMaxLength));
    m_packerName->setPlaceholderText(tr("Nobody named"));
    stationForm->addRow(tr("&Packer:"), m_packerName);
    stationForm->addRow(
        hint(tr("Other stations see these names on the orders packed here, and each "
                "fulfillment is recorded with them. Change the packer at any time with "
                "Ctrl+Shift+P or from the status bar."),
             stationBox));
    setStation(StationNaming::identity({}, {}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *another = buttons->addButton(tr("Connect &Another Shop..."),
                                              QDialogButtonBox::ResetRole);
    another->setObjectName(u"connectAnotherShopButton"_s);
    another->setAutoDefault(false);
    another->setToolTip(tr("Keeps the changes made here, then connects Smidig to another shop"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(another, &QPushButton::clicked, this, [this] {
        accept();
        emit connectAnotherShopRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fulfillmentBox);
    layout->addWidget(syncBox);
    layout->addWidget(stationBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

FulfillmentSettings SettingsDialog::fulfillmentSettings() const
{
    FulfillmentSettings settings = m_fulfillment;
    settings.notifyByDefault = m_notify->isChecked() ? NotifyCustomer::Yes : NotifyCustomer::No;
    // Whole seconds here; a finer value set elsewhere stays as it was while left alone.
    if (m_undoWindow->value() != seconds(m_fulfillment.undoWindow))
        settings.undoWindow = std::chrono::seconds(m_undoWindow->value());
    settings.shopCountry = m_country->countryCode();
    return settings;
}

SyncSettings SettingsDialog::syncSettings() const
{
    SyncSettings settings = m_sync;
    settings.interval = std::chrono::minutes(m_interval->value());
    settings.reconcileInterval = std::chrono::minutes(m_reconcile->value());
    return settings;
}

void SettingsDialog::setStation(const StationIdentity &who)
{
    m_stationName->setText(who.station);
    m_packerName->setText(who.packer);
}

StationIdentity SettingsDialog::station() const
{
    return StationNaming::identity(m_stationName->text(), m_packerName->text());
}
