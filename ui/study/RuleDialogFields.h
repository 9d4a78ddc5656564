#pragma once

#include <QPlainTextEdit>

namespace rongpei {

/// The "source" field of the rule dialogs: a few lines for the regulation a rule comes from.
inline QPlainTextEdit *sourceEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QStringLiteral("source"));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() + 8);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 50);
    return edit;
}

} // namespace rongpei
