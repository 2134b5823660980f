#include "ui/dialogs/SettingsDialog.h"

#include "ui/widgets/CountryComboBox.h"

#include "core/model/StationNaming.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
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

// WCAG 2.2's least target size (2.5.8): what a packer's finger or a hurried click must hit.
constexpr int kSmallestTarget = 24;

template<typename Control>
Control *named(Control *control, const QString &objectName, const QString &accessibleName)
{
    control->setObjectName(objectName);
    control->setAccessibleName(accessibleName);
    control->setMinimumHeight(std::max(control->minimumHeight(), kSmallestTarget));
    return control;
}

QString volumeText(int percent)
{
    //: A volume in percent, "70%" (Danish and German: "70 %")
    return SettingsDialog::tr("%1%").arg(QLocale().toString(percent));
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
    , m_fulfilOnLabel(new QCheckBox(tr("&Fulfill when the label is scanned"), this))
    , m_packLocation(new QComboBox(this))
    , m_scanGap(new QSpinBox(this))
    , m_scanPrefix(new QLineEdit(this))
    , m_scanMinimumLength(new QSpinBox(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_volumeText(new QLabel(this))
    , m_muted(new QCheckBox(tr("Mu&te pack mode's sounds"), this))
    , m_playSample(new QPushButton(tr("Play a &Sample"), this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));

    auto *pages = new QTabWidget(this);
    pages->setObjectName(u"settingsPages"_s);
    pages->addTab(makeGeneralPage(), tr("General"));
    pages->addTab(makePackingPage(), tr("Packing"));

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
    layout->addWidget(pages);
    layout->addWidget(buttons);
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

QWidget *SettingsDialog::makeGeneralPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"generalPage"_s);

    auto *fulfillmentBox = new QGroupBox(tr("Fulfillment"), page);
    auto *fulfillmentForm = new QFormLayout(fulfillmentBox);
    m_notify->setObjectName(u"notifyByDefault"_s);
    m_notify->setChecked(m_fulfillment.notifyByDefault == NotifyCustomer::Yes);
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
    m_undoWindow->setValue(seconds(m_fulfillment.undoWindow));
    fulfillmentForm->addRow(tr("&Undo window:"), m_undoWindow);
    fulfillmentForm->addRow(hint(
        tr("How long a fulfillment waits before it is sent, so it can be taken back (Ctrl+Z)."),
        fulfillmentBox));
    m_country->setCountryCode(m_fulfillment.shopCountry);
    fulfillmentForm->addRow(tr("Shop &country:"), m_country);
    fulfillmentForm->addRow(
        hint(tr("The carriers of this country are offered first, such as PostNord DK."),
             fulfillmentBox));

    auto *syncBox = new QGroupBox(tr("Sync"), page);
    auto *syncForm = new QFormLayout(syncBox);
    m_interval->setObjectName(u"syncInterval"_s);
    m_interval->setRange(1, 120);
    //: Unit after a number of minutes
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(int(m_sync.interval.count()));
    syncForm->addRow(tr("Sync &every:"), m_interval);
    syncForm->addRow(
        hint(tr("Smidig fetches what changed in the shop this often; F5 syncs at once."), syncBox));
    m_reconcile->setObjectName(u"reconcileInterval"_s);
    m_reconcile->setRange(15, 1440);
    m_reconcile->setSingleStep(15);
    m_reconcile->setSuffix(tr(" min"));
    m_reconcile->setValue(int(m_sync.reconcileInterval.count()));
    syncForm->addRow(tr("&Reconcile open orders every:"), m_reconcile);
    syncForm->addRow(
        hint(tr("Reads every open order again, for the changes Shopify does not mark as updates."),
             syncBox));

    auto *stationBox = new QGroupBox(tr("Station"), page);
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

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(fulfillmentBox);
    layout->addWidget(syncBox);
    layout->addWidget(stationBox);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makePackingPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"packingPage"_s);

    auto *packingBox = new QGroupBox(tr("Pack Mode"), page);
    auto *packingForm = new QFormLayout(packingBox);
    named(m_fulfilOnLabel, u"fulfilOnLabel"_s, tr("Fulfill when the label is scanned"));
    packingForm->addRow(m_fulfilOnLabel);
    packingForm->addRow(hint(tr("Scanning the shipping label's tracking number fulfills the "
                                "order at once, with no Enter. Without it, Enter or the FULFIL "
                                "barcode fulfills."),
                             packingBox));
    named(m_packLocation, u"packLocation"_s, tr("Packing location"));
    packingForm->addRow(tr("Packing &location:"), m_packLocation);
    packingForm->addRow(hint(tr("The items are checked against what this location is to ship. "
                                "\"First location that ships\" takes, for each order, the "
                                "first location with something to ship now."),
                             packingBox));

    auto *scannerBox = new QGroupBox(tr("Scanner"), page);
    auto *scannerForm = new QFormLayout(scannerBox);
    named(m_scanGap, u"scanGap"_s, tr("Longest median gap between a scanner's keys"));
    m_scanGap->setRange(PackSettings::kMinimumScanGapMs, PackSettings::kMaximumScanGapMs);
    m_scanGap->setSingleStep(5);
    //: Unit after a number of milliseconds
    m_scanGap->setSuffix(tr(" ms"));
    scannerForm->addRow(tr("Longest &gap between keys:"), m_scanGap);
    scannerForm->addRow(hint(tr("A scanner types a code's keys a few milliseconds apart, a "
                                "person 60 ms or more. Raise it only for a slow scanner, such "
                                "as some wireless ones."),
                             scannerBox));
    named(m_scanMinimumLength, u"scanMinimumLength"_s, tr("Shortest code that is a scan"));
    m_scanMinimumLength->setRange(PackSettings::kShortestMinimumLength,
                                  PackSettings::kLongestMinimumLength);
    //: Unit after the least number of characters in a scanned code
    m_scanMinimumLength->setSuffix(tr(" characters"));
    scannerForm->addRow(tr("Shortest &code:"), m_scanMinimumLength);
    named(m_scanPrefix, u"scanPrefix"_s, tr("Scanner prefix"));
    m_scanPrefix->setMaxLength(PackSettings::kLongestPrefix);
    //: The scanner prefix left empty
    m_scanPrefix->setPlaceholderText(tr("None"));
    scannerForm->addRow(tr("P&refix:"), m_scanPrefix);
    scannerForm->addRow(hint(tr("Characters your scanners are set to send before each code; "
                                "Smidig removes them. Symbology identifiers such as ]C0 are "
                                "removed without this."),
                             scannerBox));

    auto *soundBox = new QGroupBox(tr("Sounds"), page);
    auto *soundForm = new QFormLayout(soundBox);
    named(m_volume, u"packVolume"_s, tr("Volume of pack mode's sounds"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volumeText->setObjectName(u"packVolumeText"_s);
    m_volumeText->setMinimumWidth(fontMetrics().horizontalAdvance(QLocale().toString(100) + u" %"_s)
                                  + fontMetrics().averageCharWidth());
    auto *volumeRow = new QHBoxLayout;
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_volumeText);
    auto *volumeLabel = new QLabel(tr("&Volume:"), soundBox);
    volumeLabel->setBuddy(m_volume);
    soundForm->addRow(volumeLabel, volumeRow);
    named(m_muted, u"packMuted"_s, tr("Mute pack mode's sounds"));
    soundForm->addRow(m_muted);
    named(m_playSample, u"playPackSample"_s, tr("Play a sample"));
    m_playSample->setAutoDefault(false);
    m_playSample->setToolTip(tr("Plays the tone of a counted item at this volume"));
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(m_playSample);
    sampleRow->addStretch(1);
    soundForm->addRow(sampleRow);
    soundForm->addRow(hint(tr("Each scan is answered with a tone as well as text and an icon: "
                              "a short high tone for a counted item, a low double buzz for "
                              "one refused, a chime for a fulfilled order."),
                           soundBox));
    connect(m_volume, &QSlider::valueChanged, this, [this](int percent) {
        m_volumeText->setText(volumeText(percent));
        updateSampleButton();
    });
    connect(m_muted, &QCheckBox::toggled, this, [this] { updateSampleButton(); });
    connect(m_playSample, &QPushButton::clicked, this, [this] {
        emit packSampleRequested(m_volume->value());
    });

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(packingBox);
    layout->addWidget(scannerBox);
    layout->addWidget(soundBox);
    layout->addStretch(1);
    setPackSettings(PackSettings());
    return page;
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

void SettingsDialog::setPackSettings(const PackSettings &settings)
{
    m_pack = settings;
    m_fulfilOnLabel->setChecked(settings.fulfilOnLabel);
    showPackLocations(settings.locationId);
    m_scanGap->setValue(int(settings.scanner.maximumMedianGap.count()));
    m_scanMinimumLength->setValue(settings.scanner.minimumLength);
    m_scanPrefix->setText(settings.scanner.prefix);
    // The slider's value may not change (70 to 70): show it all the same.
    m_volume->setValue(std::clamp(settings.volumePercent, 0, 100));
    m_volumeText->setText(volumeText(m_volume->value()));
    m_muted->setChecked(settings.muted);
    updateSampleButton();
}

PackSettings SettingsDialog::packSettings() const
{
    PackSettings settings = m_pack;
    settings.fulfilOnLabel = m_fulfilOnLabel->isChecked();
    settings.locationId = m_packLocation->currentData().toString();
    settings.scanner.maximumMedianGap = std::chrono::milliseconds(m_scanGap->value());
    settings.scanner.minimumLength = m_scanMinimumLength->value();
    settings.scanner.prefix = m_scanPrefix->text();
    settings.volumePercent = m_volume->value();
    settings.muted = m_muted->isChecked();
    return settings;
}

void SettingsDialog::setPackLocations(const QList<QPair<QString, QString>> &locations)
{
    const QString selected = m_packLocation->currentData().toString();
    m_packLocations = locations;
    showPackLocations(selected);
}

void SettingsDialog::showPackLocations(const QString &selectedId)
{
    m_packLocation->clear();
    m_packLocation->addItem(tr("First location that ships"), QString());
    for (const auto &[id, name] : std::as_const(m_packLocations))
        m_packLocation->addItem(name, id);
    int index = m_packLocation->findData(selectedId);
    if (index < 0) {
        // Saved here once, gone from the shop (or the locations not read yet): kept, so
        // looking at the preferences changes nothing, and shown for what it is.
        m_packLocation->addItem(tr("A location not found in the shop (%1)").arg(selectedId),
                                selectedId);
        index = m_packLocation->count() - 1;
    }
    m_packLocation->setCurrentIndex(index);
}

void SettingsDialog::updateSampleButton()
{
    m_playSample->setEnabled(!m_muted->isChecked() && m_volume->value() > 0);
}
