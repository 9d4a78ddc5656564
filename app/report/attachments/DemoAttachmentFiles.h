#pragma once

#include "demo/DemoFiles.h"

#include <QCoreApplication>

namespace rongpei {

/// The demo's files, drawn here: minutes as a one-page PDF, a signed sign-in sheet as a scan,
/// a photo of the meeting. Each is made from the meeting, so no two are the same file.
class DemoAttachmentFiles final : public DemoFiles
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::DemoAttachmentFiles)

public:
    PreparedAttachment minutes(const DemoMeeting &meeting) const override;
    PreparedAttachment signedSheet(const DemoMeeting &meeting) const override;
    PreparedAttachment photo(const DemoMeeting &meeting) const override;
};

} // namespace rongpei
