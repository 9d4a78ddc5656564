#pragma once

#include "attachments/Attachment.h"

#include <QDate>
#include <QStringList>

namespace rongpei {

/// A held meeting as the demo's files show it.
struct DemoMeeting
{
    QString branch;
    QString kind;
    QString topic;
    QString speaker;
    QString location;
    QDate date;
    QStringList attendees;
};

/// Draws the demo's attached files: minutes, a signed sign-in sheet, a photo. Core has no pictures,
/// so the report layer implements it (DemoAttachmentFiles) and the demo generator asks it.
class DemoFiles
{
public:
    virtual ~DemoFiles() = default;
    /// The minutes (会议记录) as a PDF.
    virtual PreparedAttachment minutes(const DemoMeeting &meeting) const = 0;
    /// The paper sign-in sheet with signatures, as scanned.
    virtual PreparedAttachment signedSheet(const DemoMeeting &meeting) const = 0;
    virtual PreparedAttachment photo(const DemoMeeting &meeting) const = 0;
};

} // namespace rongpei
