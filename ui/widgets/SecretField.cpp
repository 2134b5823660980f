#include "ui/widgets/SecretField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QPushButton(this))
{
    m_edit->setObjectName(u"secretEdit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    // No suggestions, no capitals, no learning: input methods must not remember a secret.
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                | Qt::ImhNoAutoUppercase | Qt::ImhHiddenText);
    m_toggle->setObjectName(u"secretToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setAutoDefault(false);
    // As wide as its longer text, so the field does not jump when it changes.
    const QFontMetrics metrics = m_toggle->fontMetrics();
    m_toggle->setMinimumWidth(
        std::max(metrics.horizontalAdvance(tr("S&how")), metrics.horizontalAdvance(tr("&Hide")))
        + 4 * metrics.averageCharWidth());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::textChanged);
    connect(m_toggle, &QPushButton::toggled, this, &SecretField::setRevealed);
    setRevealed(false);
}

QString SecretField::text() const
{
    return m_edit->text();
}

void SecretField::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

bool SecretField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setChecked(revealed);
    m_toggle->setText(revealed ? tr("&Hide") : tr("S&how"));
    m_toggle->setToolTip(revealed ? tr("Hide the secret again") : tr("Show the secret to check it"));
    m_toggle->setAccessibleName(revealed ? tr("Hide secret") : tr("Show secret"));
}
