#pragma once

#include "print/PrintSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// File > Print Settings...: this station's paper and printer, the logo, sender and footer on
// its packing slips, and whether a slip prints by itself once an order is fulfilled.
class PrintSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `printers`: the system's printer names (QPrinterInfo's), offered besides the default.
    PrintSettingsDialog(const PrintSettings &settings,
                        const QStringList &printers,
                        QWidget *parent = nullptr);

    PrintSettings settings() const;

private:
    void chooseLogo();

    QComboBox *m_paper;
    QComboBox *m_printer;
    QLineEdit *m_logo;
    QPlainTextEdit *m_sender;
    QPlainTextEdit *m_footer;
    QCheckBox *m_printWhenFulfilled;
};
