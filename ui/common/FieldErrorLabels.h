#pragma once

#include "common/ValidationError.h"

#include <QHash>
#include <QPointer>

class QFormLayout;
class QLabel;
class QWidget;

namespace rongpei {

/// Shows validation messages under the form field they belong to; messages without a
/// field go to a general label. Used by every record dialog.
class FieldErrorLabels final
{
public:
    explicit FieldErrorLabels(QLabel *generalLabel);

    /// Adds a form row whose field shows its error beneath it.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &fieldKey);

    void clear();
    /// Hides one field's message, for a field whose edits clearOnEdit cannot see (a table's model).
    void clearField(const QString &fieldKey);
    /// Shows the errors and focuses the first field that has one.
    void show(const QList<FieldError> &errors);
    QString textFor(const QString &fieldKey) const;

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };
    QPointer<QLabel> m_general;
    QHash<QString, Entry> m_entries;
};

} // namespace rongpei
