#include "AttachmentsCommand.h"

#include "CommandArguments.h"
#include "ReadOnlyWorkspace.h"
#include "UsageError.h"
#include "Workspace.h"
#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentRepository.h"
#include "common/FileError.h"
#include "common/TextTable.h"
#include "history/RecordHistory.h"
#include "history/RecordKind.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

namespace rongpei {

namespace {

QStringList kindCodes()
{
    QStringList codes;
    for (const RecordKind &kind : Workspace::recordKinds())
        if (!kind.attachmentColumn.isEmpty())
            codes.append(kind.code);
    return codes;
}

/// The record's id from its id, uuid or key (a cadre's employee number); 0 if there is none.
qint64 recordId(const Database &database, const RecordKind &kind, const QString &given)
{
    bool number = false;
    const qint64 id = given.toLongLong(&number);
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT id FROM \"%1\" WHERE %2")
            .arg(kind.table, number ? QStringLiteral("id = ?") : QStringLiteral("uuid = ?")));
    if (number) {
        query.addBindValue(id);
    } else {
        const std::optional<QString> uuid = RecordHistory::findUuid(database, kind, given);
        if (!uuid)
            return 0;
        query.addBindValue(*uuid);
    }
    return database.scalar(query).toLongLong();
}

/// A name in `folder` that holds no file yet: "minutes.pdf", else "minutes (2).pdf".
QString freeName(const QDir &folder, const QString &name)
{
    const QFileInfo info(name);
    QString candidate = name;
    for (int n = 2; QFileInfo::exists(folder.filePath(candidate)); ++n)
        candidate = info.suffix().isEmpty()
                        ? QStringLiteral("%1 (%2)").arg(name).arg(n)
                        : QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix());
    return candidate;
}

} // namespace

AttachmentsCommand::AttachmentsCommand()
    : m_database(CommandArguments::databaseOption())
    , m_kind(QStringLiteral("kind"),
             tr("The kind of record: %1.").arg(kindCodes().join(QStringLiteral(", "))), tr("kind"))
    , m_id(QStringLiteral("id"), tr("The record's id or uuid, or a cadre's employee number."), tr("id"))
    , m_out(QStringLiteral("out"), tr("Save copies of the files into this folder instead of listing them."),
            tr("folder"))
{}

QString AttachmentsCommand::name() const
{
    return QStringLiteral("attachments");
}

QString AttachmentsCommand::summary() const
{
    return tr("List the files attached to a record, or save copies of them.");
}

QList<CommandOption> AttachmentsCommand::options() const
{
    return {CommandOption{m_database}, CommandOption{m_kind, true}, CommandOption{m_id, true},
            CommandOption{m_out}};
}

int AttachmentsCommand::run(const CommandArguments &arguments, CommandContext &context) const
{
    const RecordKind *kind = Workspace::recordKind(arguments.value(m_kind));
    if (kind == nullptr || kind->attachmentColumn.isEmpty())
        throw UsageError(tr("--kind must be one of: %1.").arg(kindCodes().join(QStringLiteral(", "))));
    const QString database = arguments.databasePath();
    try {
        const std::unique_ptr<Workspace> workspace = ReadOnlyWorkspace::open(database, context);
        const QString given = arguments.value(m_id);
        const qint64 id = recordId(workspace->database(), *kind, given);
        if (id == 0) {
            context.err << tr("There is no %1 \"%2\" in %3.")
                               .arg(kind->label, given, CommandArguments::displayPath(database))
                        << '\n';
            return ExitCode::Failure;
        }
        AttachmentRepository &repository = workspace->attachments();
        const QList<Attachment> files = repository.of(AttachmentRepository::ownerOf(*kind, id));
        if (!arguments.isSet(m_out)) {
            if (files.isEmpty()) {
                context.out << tr("No files are attached to this record.") << '\n';
                return ExitCode::Success;
            }
            QList<QStringList> rows{{tr("No."), tr("File"), tr("Kind of file"), tr("Size"), tr("Attached by"),
                                     tr("Attached on"), tr("SHA-256")}};
            for (const Attachment &file : files)
                rows.append({QString::number(file.id), file.fileName, enumLabel(file.category),
                             AttachmentFile::sizeText(file.size), file.attachedBy,
                             file.attachedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             file.sha256});
            context.out << TextTable::format(rows, {true, false, false, true});
            return ExitCode::Success;
        }
        const QString folderPath = arguments.value(m_out);
        if (!QDir().mkpath(folderPath))
            throw FileError(tr("The folder %1 cannot be created; choose one you may write to.")
                                .arg(QDir::toNativeSeparators(folderPath)));
        const QDir folder(folderPath);
        for (const Attachment &file : files) {
            const QString target = folder.filePath(freeName(folder, file.fileName));
            QSaveFile copy(target);
            if (!copy.open(QIODevice::WriteOnly) || copy.write(repository.content(file.id)) != file.size ||
                !copy.commit())
                throw FileError(
                    tr("%1 could not be written (%2); is the disk full? The files saved before it "
                       "are complete.")
                        .arg(QDir::toNativeSeparators(target), copy.errorString()));
            context.out << QDir::toNativeSeparators(target) << '\n';
        }
        context.out << tr("Saved %n file(s) into %1.", nullptr, static_cast<int>(files.size()))
                           .arg(QDir::toNativeSeparators(folderPath))
                    << '\n';
        return ExitCode::Success;
    } catch (const std::exception &error) {
        return context.fail(error);
    }
}

} // namespace rongpei
