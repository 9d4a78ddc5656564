#pragma once

#include "attachments/Attachment.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QMimeData;
class QToolButton;

namespace rongpei {

class AttachmentListModel;
class BackgroundJob;
class RecordDialog;
class Workspace;

/// The files attached to one record, as a list of thumbnails: drop files or a picture on it, paste
/// one, or pick some; open one in the system's viewer from a private copy, save a copy elsewhere,
/// set what it is, remove it. Files are read and checked off the GUI thread. For a record not
/// saved yet the files wait, and are attached with attachPendingTo() once it is.
class AttachmentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsPanel(Workspace &workspace, QWidget *parent = nullptr);

    /// A panel beneath `dialog`'s form for the record `recordId` of the kind `kindCode` in `branchId`;
    /// for a new record (id 0) its files wait for attachPendingTo().
    static AttachmentsPanel *addTo(RecordDialog *dialog, Workspace &workspace, const QString &kindCode,
                                   qint64 recordId, qint64 branchId);
    /// Attaches the waiting files to the new record `recordId` of the kind `kindCode`.
    void attachPendingTo(const QString &kindCode, qint64 recordId);

    /// Shows the files of `owner`, a record of `branchId`; without an owner, the ones waiting.
    void setRecord(std::optional<AttachmentOwner> owner, qint64 branchId);
    /// Attaches the waiting files to the record just saved; says what was refused.
    void attachPendingTo(const AttachmentOwner &owner);
    bool hasPending() const;

    QListView *view() const { return m_view; }
    AttachmentListModel *model() const { return m_model; }
    bool isReading() const;

public slots:
    /// Reads and checks the files off the GUI thread, then attaches those that pass.
    void addFiles(const QStringList &paths);
    void chooseFiles();
    void paste();
    void openSelected();
    void saveSelectedAs();
    void removeSelected();
    void setSelectedCategory(AttachmentCategory category);
    void reload();

signals:
    /// After files were attached or refused: how many were stored and why the others were not.
    void filesAdded(int stored, const QStringList &problems);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Batch
    {
        QList<PreparedAttachment> files;
        QStringList problems;
    };
    void addData(const QMimeData *mime);
    void store(Batch batch);
    void readBatch(std::function<Batch()> read);
    int selectedRow() const;
    QByteArray bytesAt(int row) const;
    void updateState();
    bool mayChange() const;

    Workspace &m_workspace;
    std::optional<AttachmentOwner> m_owner;
    qint64 m_branchId = 0;
    AttachmentListModel *m_model;
    QListView *m_view;
    QLabel *m_status;
    BackgroundJob *m_reader;
    QList<QToolButton *> m_addButtons;        // attach and paste
    QList<QToolButton *> m_fileButtons;       // open and save the chosen file
    QList<QToolButton *> m_fileChangeButtons; // set its kind, remove it
};

} // namespace rongpei
