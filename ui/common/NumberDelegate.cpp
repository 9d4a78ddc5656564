#include "common/NumberDelegate.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace rongpei {

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    // Up to four digits so that an out-of-range figure reaches the record's validator and its message.
    editor->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral(R"(\d{0,4}([.,]\d{0,2})?)")), editor));
    return editor;
}

} // namespace rongpei
