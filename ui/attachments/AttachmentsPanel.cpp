#include "attachments/AttachmentsPanel.h"

#include "Workspace.h"
#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentFileType.h"
#include "attachments/AttachmentListModel.h"
#include "attachments/AttachmentPreview.h"
#include "attachments/AttachmentRepository.h"
#include "attachments/PrivateCopy.h"
#include "common/BackgroundJob.h"
#include "common/ErrorMessageBox.h"
#include "common/FileError.h"
#include "common/Icons.h"
#include "common/RecordDialog.h"
#include "common/UserMessage.h"
#include "history/RecordKind.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rongpei {

namespace {

const QString lastFolderKey = QStringLiteral("attachments/lastFolder");

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

AttachmentsPanel::AttachmentsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AttachmentListModel(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
    , m_reader(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("attachments"));
    setAcceptDrops(true);
    m_view->setObjectName(QStringLiteral("attachmentList"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setIconSize(QSize(AttachmentListModel::pictureSize, AttachmentListModel::pictureSize));
    m_view->setGridSize(QSize(AttachmentPreview::thumbnailSize, AttachmentListModel::pictureSize + 40));
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumHeight(AttachmentListModel::pictureSize + 56);

    auto *add = new QAction(themedIcon(QStringLiteral("mail-attachment")), tr("&Attach files…"), this);
    add->setObjectName(QStringLiteral("attachFiles"));
    add->setToolTip(
        tr("Attach minutes, photos, the signed sign-in sheet or other evidence (or drop the files here)"));
    auto *paste = new QAction(themedIcon(QStringLiteral("edit-paste")), tr("Paste"), this);
    paste->setObjectName(QStringLiteral("pasteAttachment"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    paste->setToolTip(tr("Attach the picture or the files on the clipboard (Ctrl+V)"));
    auto *open = new QAction(themedIcon(QStringLiteral("document-open")), tr("&Open"), this);
    open->setObjectName(QStringLiteral("openAttachment"));
    open->setToolTip(tr("Open a copy in this computer's viewer (double-click)"));
    auto *save = new QAction(themedIcon(QStringLiteral("document-save-as")), tr("Save &copy…"), this);
    save->setObjectName(QStringLiteral("saveAttachment"));
    auto *remove = new QAction(themedIcon(QStringLiteral("edit-delete")), tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeAttachment"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    connect(add, &QAction::triggered, this, &AttachmentsPanel::chooseFiles);
    connect(paste, &QAction::triggered, this, &AttachmentsPanel::paste);
    connect(open, &QAction::triggered, this, &AttachmentsPanel::openSelected);
    connect(save, &QAction::triggered, this, &AttachmentsPanel::saveSelectedAs);
    connect(remove, &QAction::triggered, this, &AttachmentsPanel::removeSelected);
    addAction(paste);

    auto *category = new QToolButton(this);
    category->setObjectName(QStringLiteral("attachmentCategory"));
    category->setText(tr("Kind of file"));
    category->setPopupMode(QToolButton::InstantPopup);
    category->setAutoRaise(true);
    auto *categories = new QMenu(category);
    for (const auto &entry : EnumTraits<AttachmentCategory>::entries) {
        QAction *choice = categories->addAction(enumLabel(entry.value));
        connect(choice, &QAction::triggered, this,
                [this, value = entry.value] { setSelectedCategory(value); });
    }
    category->setMenu(categories);

    m_addButtons = {toolButton(add, this), toolButton(paste, this)};
    m_fileButtons = {toolButton(open, this), toolButton(save, this)};
    m_fileChangeButtons = {category, toolButton(remove, this)};
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (const auto *group : {&m_addButtons, &m_fileButtons, &m_fileChangeButtons})
        for (QToolButton *button : *group)
            buttons->addWidget(button);
    buttons->addStretch();
    m_status->setObjectName(QStringLiteral("attachmentStatus"));
    buttons->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::doubleClicked, this, &AttachmentsPanel::openSelected);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this, open, save, remove, categories](const QPoint &at) {
                if (selectedRow() < 0)
                    return;
                QMenu menu(this);
                menu.addAction(open);
                menu.addAction(save);
                if (mayChange()) {
                    menu.addMenu(categories)->setText(tr("Kind of file"));
                    menu.addAction(remove);
                }
                menu.exec(m_view->viewport()->mapToGlobal(at));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsPanel::updateState);
    connect(m_reader, &BackgroundJob::runningChanged, this, &AttachmentsPanel::updateState);
    connect(&workspace.attachments(), &AttachmentRepository::attachmentsChanged, this,
            [this](const QString &column, qint64 id) {
                if (m_owner && m_owner->column == column && m_owner->id == id)
                    reload();
            });
    updateState();
}

AttachmentsPanel *AttachmentsPanel::addTo(RecordDialog *dialog, Workspace &workspace, const QString &kindCode,
                                          qint64 recordId, qint64 branchId)
{
    auto *panel = new AttachmentsPanel(workspace, dialog);
    if (recordId > 0)
        panel->setRecord(AttachmentRepository::ownerOf(*Workspace::recordKind(kindCode), recordId), branchId);
    else
        panel->setRecord(std::nullopt, branchId);
    // Beneath a form, one row of files shows and more scroll.
    panel->m_view->setMinimumHeight(AttachmentListModel::pictureSize / 2 + 40);
    dialog->addAttachments(panel, [panel] {
        const qsizetype waiting = panel->m_model->pending().size();
        return waiting == 0 ||
               QMessageBox::question(panel, tr("Attach files"),
                                     tr("%n file(s) wait to be attached when this record is saved. Close "
                                        "without saving, and leave them out?",
                                        nullptr, int(waiting)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    });
    return panel;
}

void AttachmentsPanel::attachPendingTo(const QString &kindCode, qint64 recordId)
{
    if (hasPending() && recordId > 0)
        attachPendingTo(AttachmentRepository::ownerOf(*Workspace::recordKind(kindCode), recordId));
}

void AttachmentsPanel::setRecord(std::optional<AttachmentOwner> owner, qint64 branchId)
{
    m_owner = std::move(owner);
    m_branchId = branchId;
    reload();
}

void AttachmentsPanel::reload()
{
    QList<Attachment> stored;
    if (m_owner && m_owner->id > 0) {
        try {
            stored = m_workspace.attachments().of(*m_owner);
        } catch (const std::exception &error) {
            m_status->setText(userMessage(error));
        }
    }
    m_model->setAttachments(std::move(stored));
    updateState();
}

bool AttachmentsPanel::mayChange() const
{
    return m_branchId == 0 ? m_workspace.access().mayChangeRecords()
                           : m_workspace.access().mayChangeRecordsOf(m_branchId);
}

bool AttachmentsPanel::hasPending() const
{
    return !m_model->pending().isEmpty();
}

bool AttachmentsPanel::isReading() const
{
    return m_reader->isRunning();
}

int AttachmentsPanel::selectedRow() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? -1 : selected.first().row();
}

void AttachmentsPanel::updateState()
{
    const bool reading = m_reader->isRunning();
    const bool change = mayChange() && !reading;
    const bool chosen = selectedRow() >= 0;
    for (QToolButton *button : std::as_const(m_addButtons))
        button->setEnabled(change);
    for (QToolButton *button : std::as_const(m_fileButtons))
        button->setEnabled(chosen);
    for (QToolButton *button : std::as_const(m_fileChangeButtons))
        button->setEnabled(change && chosen);
    if (reading)
        m_status->setText(tr("Reading and checking the files…"));
    else if (m_model->rowCount() == 0)
        m_status->setText(change ? tr("No files. Drop the minutes, photos or the signed sheet here.")
                                 : tr("No files."));
    else
        m_status->setText(tr("%n file(s), %1", nullptr, m_model->rowCount())
                              .arg(AttachmentFile::sizeText(m_model->totalBytes())));
}

void AttachmentsPanel::readBatch(std::function<Batch()> read)
{
    m_reader->start<Batch>([read = std::move(read)](const TaskControl &) { return read(); },
                           [this](Batch batch) { store(std::move(batch)); });
}

void AttachmentsPanel::addFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !mayChange())
        return;
    const qint64 limit = AttachmentFile::maxBytes();
    readBatch([paths, limit] {
        Batch batch;
        for (const QString &path : paths) {
            try {
                batch.files.append(AttachmentPreview::prepareFile(path, limit));
            } catch (const std::exception &error) {
                batch.problems.append(userMessage(error));
            }
        }
        return batch;
    });
}

void AttachmentsPanel::store(Batch batch)
{
    int stored = 0;
    for (const PreparedAttachment &file : std::as_const(batch.files)) {
        if (!m_owner || m_owner->id <= 0) {
            m_model->addPending(file, file.suggestedCategory);
            ++stored;
            continue;
        }
        try {
            m_workspace.attachments().attach(*m_owner, file, file.suggestedCategory,
                                             AttachmentFile::maxBytes());
            ++stored;
        } catch (const std::exception &error) {
            batch.problems.append(tr("%1: %2").arg(file.fileName, userMessage(error)));
        }
    }
    updateState();
    if (!batch.problems.isEmpty())
        QMessageBox::warning(this, tr("Attach files"),
                             tr("%n file(s) attached. These were not:", nullptr, stored) +
                                 QStringLiteral("\n\n") + batch.problems.join(QStringLiteral("\n\n")));
    emit filesAdded(stored, batch.problems);
}

void AttachmentsPanel::attachPendingTo(const AttachmentOwner &owner)
{
    const auto pending = m_model->pending();
    m_owner = owner;
    Batch batch;
    for (const auto &[file, category] : pending) {
        try {
            m_workspace.attachments().attach(owner, file, category, AttachmentFile::maxBytes());
        } catch (const std::exception &error) {
            batch.problems.append(tr("%1: %2").arg(file.fileName, userMessage(error)));
        }
    }
    while (!m_model->pending().isEmpty())
        m_model->removeRow(m_model->rowCount() - 1);
    if (!batch.problems.isEmpty())
        QMessageBox::warning(this, tr("Attach files"),
                             tr("The record is saved, but these files were not attached:") +
                                 QStringLiteral("\n\n") + batch.problems.join(QStringLiteral("\n\n")));
}

void AttachmentsPanel::chooseFiles()
{
    const QString folder =
        QSettings()
            .value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), folder,
        tr("Files a record takes (%1)").arg(AttachmentFileType::acceptedPatterns().join(u' ')));
    if (paths.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, QFileInfo(paths.first()).absolutePath());
    addFiles(paths);
}

void AttachmentsPanel::addData(const QMimeData *mime)
{
    if (mime == nullptr)
        return;
    if (mime->hasUrls()) {
        QStringList paths;
        QStringList problems;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
            else
                problems.append(tr("%1 is not a file on this computer; save it first, then attach it.")
                                    .arg(url.toDisplayString()));
        }
        if (!problems.isEmpty())
            QMessageBox::warning(this, tr("Attach files"), problems.join(u'\n'));
        addFiles(paths);
        return;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString name =
            tr("Pasted picture %1.png")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        const qint64 limit = AttachmentFile::maxBytes();
        readBatch([name, png, limit] {
            Batch batch;
            try {
                batch.files.append(AttachmentPreview::prepareBytes(name, png, limit));
            } catch (const std::exception &error) {
                batch.problems.append(userMessage(error));
            }
            return batch;
        });
        return;
    }
    QMessageBox::information(this, tr("Paste"), tr("The clipboard holds no picture and no file to attach."));
}

void AttachmentsPanel::paste()
{
    if (mayChange())
        addData(QGuiApplication::clipboard()->mimeData());
}

bool AttachmentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (mayChange() && (drag->mimeData()->hasUrls() || drag->mimeData()->hasImage())) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            drop->acceptProposedAction();
            addData(drop->mimeData());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray AttachmentsPanel::bytesAt(int row) const
{
    const Attachment &attachment = m_model->attachmentAt(row);
    if (attachment.id > 0)
        return m_workspace.attachments().content(attachment.id);
    const qsizetype first = m_model->rowCount() - m_model->pending().size();
    return m_model->pending().at(row - first).first.bytes;
}

void AttachmentsPanel::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    try {
        const QString path = PrivateCopy::write(m_model->attachmentAt(row).fileName, bytesAt(row));
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            QMessageBox::information(
                this, tr("Open"),
                tr("This computer has no program that opens \"%1\". Save a copy and open it "
                   "on a computer that has one.")
                    .arg(m_model->attachmentAt(row).fileName));
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Open"), error);
    }
}

void AttachmentsPanel::saveSelectedAs()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Attachment attachment = m_model->attachmentAt(row);
    const QString folder =
        QSettings()
            .value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy"), QDir(folder).filePath(attachment.fileName));
    if (path.isEmpty())
        return;
    try {
        const QByteArray bytes = bytesAt(row);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw FileError(tr("%1 could not be written (%2); is the disk full or the folder read-only?")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Save a copy"), error);
    }
}

void AttachmentsPanel::setSelectedCategory(AttachmentCategory category)
{
    const int row = selectedRow();
    if (row < 0 || !mayChange())
        return;
    const Attachment &attachment = m_model->attachmentAt(row);
    if (attachment.id == 0) {
        m_model->setPendingCategory(row, category);
        return;
    }
    try {
        m_workspace.attachments().setCategory(attachment.id, category);
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Kind of file"), error);
    }
}

void AttachmentsPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !mayChange())
        return;
    const Attachment attachment = m_model->attachmentAt(row);
    if (attachment.id == 0) {
        m_model->removeRow(row);
        updateState();
        return;
    }
    if (QMessageBox::question(this, tr("Remove file"),
                              tr("Remove \"%1\" from this record? The recycle bin keeps it, and it can be "
                                 "restored from there.")
                                  .arg(attachment.fileName),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        m_workspace.attachments().remove(attachment.id);
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Remove file"), error);
    }
}

} // namespace rongpei
