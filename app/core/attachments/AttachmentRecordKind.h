#pragma once

#include "history/RecordKind.h"

#include <QCoreApplication>

namespace rongpei {

/// Attachments as their history and the recycle bin show them, on their own and as part of the
/// record they are attached to.
class AttachmentRecordKind final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AttachmentRecordKind)

public:
    /// The attachment kind, with a field for each of `owners` that takes files.
    static RecordKind kind(const std::vector<RecordKind> &owners);
    /// The files of a record whose kind's attachmentColumn is `column`, as a part of its history.
    static RecordChildren partOf(const QString &column);

private:
    static std::vector<RecordField> fields();
};

} // namespace rongpei
