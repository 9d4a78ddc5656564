#pragma once

#include "common/DomainEnum.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace rongpei {

/// One column of a record kind as a person reads it in the record's history.
struct RecordField
{
    QString column;
    QString label;
    /// How a stored value reads ("male" → 男); the value as text when empty.
    std::function<QString(const QVariant &)> display;
    /// For a reference: the table whose record's name stands for the id.
    QString reference;
};

/// The field of `fields` for `column`; nullptr if none names it.
inline const RecordField *findField(const std::vector<RecordField> &fields, const QString &column)
{
    for (const RecordField &candidate : fields)
        if (candidate.column == column)
            return &candidate;
    return nullptr;
}

/// Records of another table that belong to this one and whose changes are part of its history
/// (a session's roll-call lines).
struct RecordChildren
{
    QString table;
    QString label;
    /// The column referring to the parent record's id.
    QString parentColumn;
    /// The child's column that names it in a history line (a line's cadre).
    QString nameColumn;
    std::vector<RecordField> fields;
};

/// A kind of record whose history can be shown: its table, its name, how its fields read. Each
/// module declares its kinds; Workspace::recordKinds() lists them all.
struct RecordKind
{
    /// What `rongpei-cli history --kind` takes: "cadre", "session".
    QString code;
    QString table;
    QString label;
    std::vector<RecordField> fields;
    /// A column besides the uuid that identifies a record for people (a cadre's employee number).
    QString keyColumn;
    std::vector<RecordChildren> children;
    /// The column of the attachment table that names a record of this kind; empty for a kind whose
    /// records take no files.
    QString attachmentColumn;

    const RecordField *field(const QString &column) const { return findField(fields, column); }
};

/// A field's display for a domain enum stored by its code.
template <typename E>
std::function<QString(const QVariant &)> enumDisplay()
{
    return [](const QVariant &value) {
        const auto known = enumFromCode<E>(value.toString());
        return known ? enumLabel(*known) : value.toString();
    };
}

/// A field's display for a 0/1 flag.
inline std::function<QString(const QVariant &)> yesNoDisplay()
{
    return [](const QVariant &value) {
        return value.toInt() != 0 ? QCoreApplication::translate("Labels", "yes")
                                  : QCoreApplication::translate("Labels", "no");
    };
}

} // namespace rongpei
