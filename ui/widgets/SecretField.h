#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

// A field for an access token or a client secret: hidden while typed (as dots), with a
// Show/Hide button beside it, reachable with Tab, to check a pasted secret. The text is kept
// by the field only; nothing here logs it or stores it.
class SecretField final : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    bool isRevealed() const;
    void setRevealed(bool revealed);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *toggleButton() const { return m_toggle; }

signals:
    void textChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QPushButton *m_toggle;
};
