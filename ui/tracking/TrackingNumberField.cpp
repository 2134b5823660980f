#include "ui/tracking/TrackingNumberField.h"

#include "core/tracking/TrackingCompanies.h"
#include "core/tracking/TrackingNumberDetector.h"
#include "ui/StatusIcons.h"
#include "ui/tracking/TrackingNumberEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TrackingNumberField::TrackingNumberField(const TrackingNumberDetector *detector, QWidget *parent)
    : QWidget(parent)
    , m_detector(detector)
    , m_edit(new TrackingNumberEdit(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_urlRow(new QWidget(this))
    , m_url(new QLineEdit(m_urlRow))
    , m_urlHint(new QLabel(m_urlRow))
{
    m_edit->setObjectName(u"trackingNumber"_s);
    m_edit->setAccessibleName(tr("Tracking number"));
    m_edit->setPlaceholderText(tr("Scan or type a tracking number"));
    m_edit->setClearButtonEnabled(true);
    QFont mono = m_edit->font();
    mono.setFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
    mono.setStyleHint(QFont::Monospace);
    m_edit->setFont(mono);

    const int iconSize = m_status->fontMetrics().height();
    m_statusIcon->setFixedSize(iconSize, iconSize);
    m_statusIcon->setObjectName(u"trackingStatusIcon"_s);
    m_status->setObjectName(u"trackingStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *urlLabel = new QLabel(tr("Tracking &URL:"), m_urlRow);
    urlLabel->setBuddy(m_url);
    m_url->setObjectName(u"trackingUrl"_s);
    m_url->setPlaceholderText(u"https://"_s);
    m_urlHint->setObjectName(u"trackingUrlHint"_s);
    m_urlHint->setWordWrap(true);
    auto *urlLayout = new QVBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->setSpacing(2);
    auto *urlLine = new QHBoxLayout;
    urlLine->addWidget(urlLabel);
    urlLine->addWidget(m_url, 1);
    urlLayout->addLayout(urlLine);
    urlLayout->addWidget(m_urlHint);
    m_urlRow->hide();

    auto *statusLine = new QHBoxLayout;
    statusLine->setSpacing(4);
    statusLine->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusLine->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addLayout(statusLine);
    layout->addWidget(m_urlRow);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        assess();
        emit numberChanged();
        emit changed();
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlTyped = true; });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        updateUrl();
        emit changed();
    });
    assess();
}

QList<QWidget *> TrackingNumberField::focusChain() const
{
    return {m_edit, m_url};
}

QString TrackingNumberField::text() const
{
    return m_edit->text();
}

void TrackingNumberField::setText(const QString &text)
{
    m_edit->setText(text);
}

void TrackingNumberField::setUrl(const QString &url)
{
    m_urlTyped = !url.isEmpty();
    m_url->setText(url);
}

bool TrackingNumberField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

void TrackingNumberField::setCarrier(const QString &company,
                                     TrackingAssessment::CarrierChoice choice)
{
    if (company == m_company && choice == m_choice)
        return;
    m_company = company;
    m_choice = choice;
    assess();
    emit changed();
}

void TrackingNumberField::assess()
{
    m_detection = m_detector->detect(m_edit->text());
    m_assessment = TrackingAssessment::of(m_detection, m_company, m_choice);
    m_statusIcon->setPixmap(m_assessment.icon().pixmap(m_statusIcon->size()));
    m_statusIcon->setVisible(m_assessment.level != TrackingAssessment::Level::Empty);
    m_status->setText(m_assessment.text);
    m_status->setToolTip(m_assessment.toolTip);
    m_status->setVisible(!m_assessment.text.isEmpty());
    m_edit->setToolTip(m_assessment.text);

    // Shopify builds the link itself for the companies it lists; any other needs one.
    const bool needsUrl = !m_company.isEmpty() && !TrackingCompanies::contains(m_company)
                          && !isEmpty();
    m_urlRow->setVisible(needsUrl);
    if (needsUrl && !m_urlTyped) {
        QString known = TrackingNumberDetector::trackingUrl(m_company, m_assessment.number);
        if (known.isEmpty()) {
            if (const auto best = m_detection.best(); best && best->carrierName == m_company)
                known = best->url;
        }
        m_url->setText(known);
    }
    updateUrl();
}

void TrackingNumberField::updateUrl()
{
    if (!m_urlRow->isVisibleTo(this)) {
        m_urlHint->clear();
        return;
    }
    if (lacksUrl()) {
        //: %1 is a carrier
        m_urlHint->setText(tr("Shopify does not list %1, so it cannot link to the parcel: add the "
                              "carrier's tracking URL for the customer.")
                               .arg(m_company));
    } else if (hasBadUrl()) {
        m_urlHint->setText(
            tr("This is not a web address: it must start with https:// or http://."));
    } else {
        m_urlHint->clear();
    }
    m_urlHint->setVisible(!m_urlHint->text().isEmpty());
}

QString TrackingNumberField::url() const
{
    if (!m_urlRow->isVisibleTo(this))
        return {};
    return m_url->text().trimmed();
}

bool TrackingNumberField::lacksUrl() const
{
    return m_urlRow->isVisibleTo(this) && m_url->text().trimmed().isEmpty();
}

bool TrackingNumberField::hasBadUrl() const
{
    const QString text = url();
    if (text.isEmpty())
        return false;
    const QUrl parsed(text, QUrl::StrictMode);
    return !parsed.isValid() || parsed.host().isEmpty()
           || (parsed.scheme() != u"https"_s && parsed.scheme() != u"http"_s);
}
