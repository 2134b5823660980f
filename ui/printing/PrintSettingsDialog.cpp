#include "ui/printing/PrintSettingsDialog.h"

#include "print/PaperFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PrintSettingsDialog::PrintSettingsDialog(const PrintSettings &settings,
                                         const QStringList &printers,
                                         QWidget *parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_printer(new QComboBox(this))
    , m_logo(new QLineEdit(settings.logoPath, this))
    , m_sender(new QPlainTextEdit(settings.sender, this))
    , m_footer(new QPlainTextEdit(settings.footer, this))
    , m_printWhenFulfilled(
          new QCheckBox(tr("Print the packing slip when an order is &fulfilled"), this))
{
    setObjectName(u"printSettingsDialog"_s);
    setWindowTitle(tr("Print Settings"));

    m_paper->setObjectName(u"paper"_s);
    for (const Paper paper : PaperKeys::all())
        m_paper->addItem(PaperFormat::displayName(paper), PaperKeys::key(paper));
    m_paper->setCurrentIndex(m_paper->findData(PaperKeys::key(settings.paper)));

    m_printer->setObjectName(u"printer"_s);
    m_printer->addItem(tr("The system's default printer"), QString());
    for (const QString &name : printers)
        m_printer->addItem(name, name);
    if (!settings.printerName.isEmpty() && m_printer->findData(settings.printerName) < 0)
        // A printer that is gone for now (switched off, unplugged) stays chosen.
        m_printer->addItem(tr("%1 (not available)").arg(settings.printerName), settings.printerName);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(settings.printerName)));

    m_logo->setObjectName(u"logo"_s);
    m_logo->setPlaceholderText(tr("No logo"));
    m_logo->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Choose..."), this);
    connect(browse, &QPushButton::clicked, this, &PrintSettingsDialog::chooseLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);

    m_sender->setObjectName(u"sender"_s);
    m_sender->setPlaceholderText(tr("The shop's name on the first line, then its address"));
    m_sender->setTabChangesFocus(true);
    m_footer->setObjectName(u"footer"_s);
    m_footer->setPlaceholderText(tr("Returns, opening hours, a thank you"));
    m_footer->setTabChangesFocus(true);
    const int lines = fontMetrics().lineSpacing();
    m_sender->setFixedHeight(lines * 4 + 12);
    m_footer->setFixedHeight(lines * 3 + 12);

    m_printWhenFulfilled->setObjectName(u"printWhenFulfilled"_s);
    m_printWhenFulfilled->setChecked(settings.printSlipWhenFulfilled);
    m_printWhenFulfilled->setToolTip(
        tr("Prints on the printer above without asking, for a packing station whose slips go "
           "into the parcel."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("P&rinter:"), m_printer);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(tr("&Sender:"), m_sender);
    form->addRow(tr("F&ooter:"), m_footer);
    form->addRow(QString(), m_printWhenFulfilled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PrintSettings PrintSettingsDialog::settings() const
{
    PrintSettings settings;
    settings.paper = PaperKeys::fromKey(m_paper->currentData().toString()).value_or(Paper::A4);
    settings.printerName = m_printer->currentData().toString();
    settings.logoPath = m_logo->text().trimmed();
    settings.sender = m_sender->toPlainText().trimmed();
    settings.footer = m_footer->toPlainText().trimmed();
    settings.printSlipWhenFulfilled = m_printWhenFulfilled->isChecked();
    return settings;
}

void PrintSettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Choose a Logo"),
                                                      m_logo->text(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}
