#pragma once

#include <QFrame>
#include <QIcon>

class QHBoxLayout;
class QLabel;
class QPushButton;

// A bar across the top of the window for a state that lasts (offline, a token the shop
// refused): an icon, a sentence and buttons to act on it. Its kind shows in the icon and the
// text as well as in the colour, so nobody needs to tell colours apart.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setText(const QString &text);
    QString text() const;
    // A button at the banner's right end, in the order added.
    QPushButton *addButton(const QString &text);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};
