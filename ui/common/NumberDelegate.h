#pragma once

#include <QStyledItemDelegate>

namespace rongpei {

/// Edits a cell that holds a number (a score, hours) in a line edit that takes digits and one
/// decimal point only, so that text which is no number cannot be typed and silently dropped. The
/// range is left to the validator of the record, which says on the field what is allowed.
class NumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace rongpei
