#pragma once

#include "common/DomainEnum.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>

namespace rongpei {

/// What an attached file is for: what an inspection asks to see.
enum class AttachmentCategory
{
    /// 会议记录: the minutes of a meeting.
    Minutes,
    /// The paper sign-in sheet with the attendees' signatures, scanned or photographed.
    SignInSheet,
    Photo,
    /// 佐证材料: evidence for a bonus, a certificate, an approval.
    Evidence,
    Other,
};

template <>
struct EnumTraits<AttachmentCategory>
{
    static constexpr std::array<EnumEntry<AttachmentCategory>, 5> entries{{
        {AttachmentCategory::Minutes, u"minutes", QT_TRANSLATE_NOOP("Labels", "Minutes")},
        {AttachmentCategory::SignInSheet, u"sign_in_sheet",
         QT_TRANSLATE_NOOP("Labels", "Signed sign-in sheet")},
        {AttachmentCategory::Photo, u"photo", QT_TRANSLATE_NOOP("Labels", "Photo")},
        {AttachmentCategory::Evidence, u"evidence", QT_TRANSLATE_NOOP("Labels", "Evidence")},
        {AttachmentCategory::Other, u"other", QT_TRANSLATE_NOOP("Labels", "Other")},
    }};
};

/// The record a file is attached to: its kind's owner column in the attachment table
/// (RecordKind::attachmentColumn) and its id.
struct AttachmentOwner
{
    QString column;
    qint64 id = 0;
};

/// A file attached to a record. Its bytes are read separately (AttachmentRepository::content).
struct Attachment
{
    qint64 id = 0;
    QString uuid;
    AttachmentOwner owner;
    qint64 branchId = 0;
    /// The SHA-256 of the bytes, in hex: the same file attached twice is stored once.
    QString sha256;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    AttachmentCategory category = AttachmentCategory::Other;
    /// The account that attached it.
    QString attachedBy;
    QDateTime attachedAt;
    /// A small PNG picture of it; empty for a document that has none.
    QByteArray thumbnail;
};

/// A file read and checked, ready to be attached: what the GUI prepares off its thread.
struct PreparedAttachment
{
    QString fileName;
    QString mediaType;
    QByteArray bytes;
    QString sha256;
    /// A small PNG picture of it; empty for a document that has none.
    QByteArray thumbnail;
    /// What it most likely is, from its type and name.
    AttachmentCategory suggestedCategory = AttachmentCategory::Other;
};

} // namespace rongpei
