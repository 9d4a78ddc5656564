#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rongpei {

/// The kinds of file a record takes: what a clerk has, and nothing that runs.
enum class AttachmentFormat
{
    Jpeg,
    Png,
    Heic,
    Pdf,
    WordDocument,
    Spreadsheet,
    Text,
};

/// A file's format as its content shows it, agreeing with its name.
struct IdentifiedFile
{
    AttachmentFormat format = AttachmentFormat::Text;
    QString mediaType;

    bool isImage() const
    {
        return format == AttachmentFormat::Jpeg || format == AttachmentFormat::Png ||
               format == AttachmentFormat::Heic;
    }
};

/// Tells what a file is from its first bytes, not its name, and refuses a file whose content does
/// not match the name (an executable renamed to .jpg) or whose kind is not one a record takes.
class AttachmentFileType final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::AttachmentFileType)

public:
    /// Throws ValidationError with what the file is and what to do.
    static IdentifiedFile identify(const QByteArray &bytes, const QString &fileName);
    /// The file name extensions taken, for a file picker ("*.jpg *.png …").
    static QStringList acceptedPatterns();
    /// What the content looks like, for the message about a mismatch ("a Windows program").
    static QString describeContent(const QByteArray &bytes);
};

} // namespace rongpei
