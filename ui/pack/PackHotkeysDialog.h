#pragma once

#include <QDialog>
#include <QList>
#include <QString>

// F1 in pack mode: every key the packing table knows, and the command sheet's barcodes.
class PackHotkeysDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Hotkey
    {
        QString keys;
        QString what;
    };
    // The keys, as the dialog and the README list them.
    static QList<Hotkey> hotkeys();

    explicit PackHotkeysDialog(QWidget *parent = nullptr);
};
