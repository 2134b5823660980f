#include "ui/tracking/ShipmentTrackingRow.h"

#include "core/tracking/TrackingCompanies.h"
#include "ui/models/TrackingCompanyModel.h"
#include "ui/tracking/TrackingNumberEdit.h"
#include "ui/tracking/TrackingNumberField.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShipmentTrackingRow::ShipmentTrackingRow(const QString &title,
                                         const TrackingNumberDetector *detector,
                                         TrackingCompanyModel *companies,
                                         QWidget *parent)
    : QFrame(parent)
    , m_detector(detector)
    , m_fieldLayout(new QVBoxLayout)
    , m_carrier(new QComboBox(this))
    , m_addButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"shipmentTitle"_s);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_carrier->setObjectName(u"trackingCarrier"_s);
    m_carrier->setAccessibleName(tr("Carrier"));
    m_carrier->setEditable(true);
    m_carrier->setInsertPolicy(QComboBox::NoInsert);
    m_carrier->setModel(companies);
    m_carrier->setCurrentIndex(-1);
    m_carrier->setMaxVisibleItems(20);
    m_carrier->setMinimumContentsLength(18);
    m_carrier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_carrier->lineEdit()->setPlaceholderText(tr("Detected from the number"));
    m_carrier->setToolTip(
        tr("Shopify's name for the carrier. Type any other name to give a tracking URL instead."));
    // "post" finds "PostNord DK" and "Deutsche Post" alike.
    m_carrier->completer()->setFilterMode(Qt::MatchContains);
    m_carrier->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_carrier->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_addButton->setObjectName(u"addTrackingNumber"_s);
    m_addButton->setText(u"+"_s);
    m_addButton->setAccessibleName(tr("Add another tracking number"));
    m_addButton->setToolTip(
        tr("Another parcel in this shipment: add a tracking number (+ in a number field)"));
    m_addButton->setFocusPolicy(Qt::TabFocus);

    auto *carrierLabel = new QLabel(tr("&Carrier:"), this);
    carrierLabel->setBuddy(m_carrier);
    m_fieldLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldLayout->setSpacing(6);

    // "+" and the carrier line up with the first number field, whatever follows under it.
    const int lineHeight = m_carrier->sizeHint().height();
    m_addButton->setFixedSize(lineHeight, lineHeight);
    auto *carrierLine = new QHBoxLayout;
    carrierLine->setSpacing(6);
    carrierLine->addWidget(carrierLabel);
    carrierLine->addWidget(m_carrier, 1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 8);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(heading, 0, 0, 1, 3);
    grid->addLayout(m_fieldLayout, 1, 0);
    grid->addWidget(m_addButton, 1, 1, Qt::AlignTop);
    grid->addLayout(carrierLine, 1, 2, Qt::AlignTop);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);

    connect(m_addButton, &QToolButton::clicked, this, [this] { focusField(addField()); });
    // Only what a person does makes the carrier theirs; the detection's own settings do not.
    connect(m_carrier, &QComboBox::textActivated, this, [this] {
        m_choice = TrackingAssessment::CarrierChoice::ChosenByPerson;
        applyCarrier();
    });
    connect(m_carrier->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        m_choice = text.trimmed().isEmpty() ? TrackingAssessment::CarrierChoice::Detected
                                            : TrackingAssessment::CarrierChoice::ChosenByPerson;
        // "ups" becomes Shopify's "UPS" as it is typed: Shopify wants its own spelling. Only
        // the case changes, so the cursor and what is typed next stay where they are.
        const std::optional<QString> canonical = TrackingCompanies::canonical(text);
        if (canonical && *canonical != text && canonical->compare(text, Qt::CaseInsensitive) == 0) {
            const int cursor = m_carrier->lineEdit()->cursorPosition();
            m_carrier->lineEdit()->setText(*canonical);
            m_carrier->lineEdit()->setCursorPosition(cursor);
        }
        if (m_choice == TrackingAssessment::CarrierChoice::Detected)
            followDetection();
        else
            applyCarrier();
    });
    // A completion picked from the popup sets the text from code: still the person's choice.
    connect(m_carrier->lineEdit(), &QLineEdit::textChanged, this, [this] {
        if (m_choice == TrackingAssessment::CarrierChoice::ChosenByPerson)
            applyCarrier();
    });
    connect(m_carrier->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // " dhl  express " becomes "DHL Express" when the person is done with the box.
        const std::optional<QString> canonical = TrackingCompanies::canonical(
            m_carrier->currentText());
        if (canonical && *canonical != m_carrier->currentText()) {
            m_carrier->setCurrentText(*canonical);
            applyCarrier();
        }
    });

    addField();
}

TrackingNumberField *ShipmentTrackingRow::addField(TrackingNumberField *after)
{
    auto *field = new TrackingNumberField(m_detector, this);
    const qsizetype at = after ? m_fields.indexOf(after) + 1 : m_fields.size();
    m_fields.insert(at, field);
    m_fieldLayout->insertWidget(int(at), field);
    field->setCarrier(carrier(), m_choice);

    TrackingNumberEdit *edit = field->edit();
    connect(edit, &TrackingNumberEdit::advanceRequested, this, [this, field] {
        emit advanceRequested(field);
    });
    connect(edit, &TrackingNumberEdit::addNumberRequested, this, [this, field] {
        focusField(addField(field));
    });
    connect(edit, &TrackingNumberEdit::removeRequested, this, [this, field] { removeField(field); });
    connect(edit,
            &TrackingNumberEdit::severalNumbersEntered,
            this,
            [this, field](const QStringList &numbers) { spreadNumbers(field, numbers); });
    connect(field, &TrackingNumberField::numberChanged, this, &ShipmentTrackingRow::followDetection);
    connect(field, &TrackingNumberField::changed, this, &ShipmentTrackingRow::changed);
    emit fieldsChanged();
    emit changed();
    return field;
}

void ShipmentTrackingRow::removeField(TrackingNumberField *field)
{
    // The first field stays: a shipment always offers one number.
    const qsizetype at = m_fields.indexOf(field);
    if (at <= 0)
        return;
    m_fields.removeAt(at);
    focusField(m_fields.at(at - 1));
    field->hide();
    field->deleteLater();
    followDetection();
    emit fieldsChanged();
    emit changed();
}

QList<QWidget *> ShipmentTrackingRow::focusChain() const
{
    QList<QWidget *> chain;
    for (const TrackingNumberField *field : m_fields)
        chain.append(field->focusChain());
    chain.append(m_addButton);
    chain.append(m_carrier);
    return chain;
}

void ShipmentTrackingRow::spreadNumbers(TrackingNumberField *field, const QStringList &numbers)
{
    if (numbers.isEmpty())
        return;
    // Each number gets its own field, in the order given, right after this one.
    field->setText(numbers.first());
    TrackingNumberField *last = field;
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        last = addField(last);
        last->setText(numbers.at(i));
    }
    if (last != field)
        focusField(last);
}

void ShipmentTrackingRow::focusField(TrackingNumberField *field)
{
    field->edit()->setFocus(Qt::OtherFocusReason);
    field->edit()->selectAll();
}

QString ShipmentTrackingRow::carrier() const
{
    return m_carrier->currentText().trimmed();
}

void ShipmentTrackingRow::followDetection()
{
    if (m_choice == TrackingAssessment::CarrierChoice::ChosenByPerson)
        return;
    QString detected;
    for (const TrackingNumberField *field : std::as_const(m_fields)) {
        if (const auto best = field->detection().best()) {
            detected = best->company.isEmpty() ? best->carrierName : best->company;
            break;
        }
    }
    if (detected != carrier()) {
        // Setting the box from code sends neither textActivated nor textEdited, so the
        // carrier stays the detection's.
        const int row = detected.isEmpty() ? -1 : m_carrier->findText(detected, Qt::MatchExactly);
        m_carrier->setCurrentIndex(row);
        if (row < 0)
            m_carrier->setEditText(detected);
    }
    applyCarrier();
}

void ShipmentTrackingRow::applyCarrier()
{
    const QString company = carrier();
    for (TrackingNumberField *field : std::as_const(m_fields))
        field->setCarrier(company, m_choice);
    emit changed();
}

void ShipmentTrackingRow::setTracking(const TrackingInput &tracking)
{
    while (m_fields.size() > 1)
        removeField(m_fields.last());
    m_choice = tracking.company.isEmpty() ? TrackingAssessment::CarrierChoice::Detected
                                          : TrackingAssessment::CarrierChoice::ChosenByPerson;
    const int row = m_carrier->findText(tracking.company, Qt::MatchExactly);
    m_carrier->setCurrentIndex(tracking.company.isEmpty() ? -1 : row);
    if (tracking.company.isEmpty() || row < 0)
        m_carrier->setEditText(tracking.company);
    for (qsizetype i = 0; i < tracking.parcels.size(); ++i) {
        TrackingNumberField *field = i == 0 ? m_fields.first() : addField();
        field->setText(tracking.parcels.at(i).number);
    }
    applyCarrier();
    // Each link goes with its own number; set after the carrier, which decides if they show.
    for (qsizetype i = 0; i < tracking.parcels.size() && i < m_fields.size(); ++i) {
        if (!tracking.parcels.at(i).url.isEmpty())
            m_fields.at(i)->setUrl(tracking.parcels.at(i).url);
    }
}

TrackingInput ShipmentTrackingRow::tracking() const
{
    TrackingInput tracking;
    for (const TrackingNumberField *field : m_fields) {
        const TrackingAssessment &assessment = field->assessment();
        if (assessment.number.isEmpty())
            continue;
        tracking.parcels.append({assessment.number, field->url()});
    }
    if (tracking.parcels.isEmpty())
        return {};
    tracking.company = TrackingCompanies::canonical(carrier()).value_or(carrier());
    return tracking;
}

int ShipmentTrackingRow::warningCount() const
{
    int count = 0;
    for (const TrackingNumberField *field : m_fields) {
        if (field->assessment().level == TrackingAssessment::Level::Warning || field->lacksUrl())
            ++count;
    }
    return count;
}

int ShipmentTrackingRow::invalidCount() const
{
    int count = 0;
    for (const TrackingNumberField *field : m_fields) {
        if (field->assessment().level == TrackingAssessment::Level::Invalid || field->hasBadUrl())
            ++count;
    }
    return count;
}
