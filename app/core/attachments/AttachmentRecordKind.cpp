#include "attachments/AttachmentRecordKind.h"

#include "attachments/Attachment.h"
#include "attachments/AttachmentFile.h"

namespace rongpei {

std::vector<RecordField> AttachmentRecordKind::fields()
{
    return {
        {QStringLiteral("file_name"), tr("File"), {}, {}},
        {QStringLiteral("category"), tr("Kind of file"), enumDisplay<AttachmentCategory>(), {}},
        {QStringLiteral("size"),
         tr("Size"),
         [](const QVariant &value) { return AttachmentFile::sizeText(value.toLongLong()); },
         {}},
        {QStringLiteral("media_type"), tr("Format"), {}, {}},
        {QStringLiteral("sha256"), tr("SHA-256"), {}, {}},
        {QStringLiteral("attached_by"), tr("Attached by"), {}, {}},
        {QStringLiteral("branch_id"), tr("Unit"), {}, QStringLiteral("organization")},
    };
}

RecordKind AttachmentRecordKind::kind(const std::vector<RecordKind> &owners)
{
    RecordKind kind{QStringLiteral("attachment"),
                    QStringLiteral("attachment"),
                    tr("Attached file"),
                    fields(),
                    {},
                    {},
                    {}};
    for (const RecordKind &owner : owners)
        if (!owner.attachmentColumn.isEmpty())
            kind.fields.push_back({owner.attachmentColumn, owner.label, {}, owner.table});
    return kind;
}

RecordChildren AttachmentRecordKind::partOf(const QString &column)
{
    return {QStringLiteral("attachment"), tr("Attached files"), column, QStringLiteral("file_name"),
            fields()};
}

} // namespace rongpei
