#include "training/FeedbackDialog.h"

#include "common/ValidationError.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>

namespace rongpei {

namespace {

/// The participant of a form: anonymous, or one of the class's participants, found by typing
/// the start of their employee number.
class ParticipantDelegate final : public QStyledItemDelegate
{
public:
    explicit ParticipantDelegate(FeedbackEntryModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(m_model->personName(0), qint64(0));
        for (const qint64 cadre : m_model->participants())
            combo->addItem(m_model->personName(cadre), cadre);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toLongLong())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    }

private:
    FeedbackEntryModel *m_model;
};

} // namespace

FeedbackDialog::FeedbackDialog(const QString &className, FeedbackEntryModel *model, Saver saver,
                               QWidget *parent)
    : RecordDialog(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_saver(std::move(saver))
{
    m_model->setParent(this);
    setWindowTitle(tr("Feedback forms: %1").arg(className));
    auto *help =
        new QLabel(tr("One row per paper form. Type a rating from 1 (poor) to 5 (excellent): the cursor "
                      "moves to the next question. Tab moves between cells, Delete clears one. "
                      "Choose the participant, or leave the form anonymous: an anonymous form "
                      "names nobody."),
                   this);
    help->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(FeedbackEntryModel::ParticipantColumn,
                                      new ParticipantDelegate(m_model, this));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumSize(760, 320);
    m_table->installEventFilter(this);
    auto *remove = new QPushButton(tr("&Remove form"), this);
    remove->setObjectName(QStringLiteral("removeForm"));
    remove->setToolTip(tr("Remove the selected forms (Ctrl+Delete)"));
    connect(remove, &QPushButton::clicked, this, &FeedbackDialog::removeSelectedForms);

    form()->addRow(help);
    form()->addRow(m_table);
    form()->addRow(remove);
    m_table->setCurrentIndex(
        m_model->index(m_model->rowCount() - 1, FeedbackEntryModel::FirstQuestionColumn));
    m_table->setFocus();
}

bool FeedbackDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) { // an open editor gets the keys itself
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_table->currentIndex();
        if (key->key() == Qt::Key_Delete && key->modifiers().testFlag(Qt::ControlModifier)) {
            removeSelectedForms();
            return true;
        }
        if (current.isValid() && m_model->isQuestionColumn(current.column())) {
            const int digit = key->key() - Qt::Key_0;
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                if (digit >= 1 && digit <= 9) {
                    const int row = current.row();
                    m_model->setData(current, digit);
                    m_table->setCurrentIndex(m_model->index(row, current.column() + 1));
                    return true;
                }
                if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace || digit == 0) {
                    m_model->setData(current, 0);
                    return true;
                }
            }
        }
        if (current.isValid() && current.column() == FeedbackEntryModel::ParticipantColumn &&
            (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            m_model->setData(current, qint64(0));
            return true;
        }
        if (current.isValid() && current.column() == m_model->commentsColumn() &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && current.row() + 1 < m_model->rowCount()) {
            // The next paper form starts at its first rating.
            m_table->setCurrentIndex(
                m_model->index(current.row() + 1, FeedbackEntryModel::FirstQuestionColumn));
            return true;
        }
    }
    return RecordDialog::eventFilter(watched, event);
}

void FeedbackDialog::removeSelectedForms()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    m_model->removeForms(rows);
}

void FeedbackDialog::save()
{
    m_saver(m_model->forms());
}

} // namespace rongpei
