#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace rongpei {

/// A list of named items an administrator keeps (categories of course, feedback questions): the
/// list with Add…, Rename… and Remove beside it, and Close. Each item carries its id in
/// Qt::UserRole; a subclass fills the list and does the three actions.
class ListEditorDialog : public QDialog
{
    Q_OBJECT

public:
    QListWidget *list() const { return m_list; }

public slots:
    virtual void addItem() = 0;
    virtual void renameSelected() = 0;
    virtual void removeSelected() = 0;

protected:
    /// `intro` above the list, if not empty; `renameText` and `removeTip` label the buttons.
    ListEditorDialog(const QString &title, const QString &intro, const QString &renameText,
                     const QString &removeTip, QWidget *parent = nullptr);

    /// The id of the current item, 0 if none.
    qint64 selectedId() const;
    /// Asks whether to remove the current item, worded by `question`; true for Yes.
    bool confirmRemoval(const QString &title, const QString &question);

private:
    QListWidget *m_list;
};

} // namespace rongpei
