#pragma once

#include "common/ModulePage.h"
#include "training/CertificateData.h"
#include "training/ClassOverview.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rongpei {

class BackgroundJob;
class ClassTableModel;
class ParticipantTableModel;
class SearchFilterProxy;
class Workspace;
struct ClassDialogData;

/// 培训班: the training classes that start in the shell's period, with each class's cohort, track
/// mix, completion and scores, and beneath, the selected class's participants, each with their
/// hours, score and outcome and why. Edits are undoable.
class ClassPage final : public ModulePage
{
    Q_OBJECT

public:
    explicit ClassPage(Workspace &workspace, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    QString guideSection() const override { return QStringLiteral("classes"); }
    QAbstractItemView *mainTable() const override;
    QUndoStack *undoStack() override { return m_undoStack; }

    QTableView *table() const { return m_table; }
    QTableView *participantTable() const { return m_participants; }
    ClassTableModel *model() const { return m_model; }
    ParticipantTableModel *participantModel() const { return m_participantModel; }
    QLabel *mixWarning() const { return m_mixWarning; }
    QLabel *feedbackSummary() const { return m_feedbackSummary; }
    qint64 selectedId() const;
    void selectClass(qint64 id);
    /// What a class dialog opened from this page chooses from.
    ClassDialogData classDialogData() const;
    bool isLoaded() const;

signals:
    void classesLoaded();

public slots:
    void newRecord() override;
    void editSelected() override;
    void deleteSelected() override;
    void focusSearch() override;
    void refresh() override;
    /// Ctrl+P: the completion certificates of the selected participants (all who completed, if none).
    void print() override { printCertificates(); }
    void printCertificates();
    void saveCertificates();
    /// Ctrl+Shift+F: enters the selected class's paper feedback forms.
    void enterFeedback();
    void editFeedbackQuestions();
    void editRules();

protected:
    void followShellScope() override;
    void firstShown() override;

private:
    void loadClasses();
    /// The certificates of the selected class's selected participants who completed it (of all
    /// who did if none is selected); empty, with a note, if none.
    QList<CertificateData> selectedCertificates();
    void showSelectedClass();
    void applyMixFilter();
    void updateCount();

    Workspace &m_workspace;
    ClassTableModel *m_model;
    SearchFilterProxy *m_proxy;
    ParticipantTableModel *m_participantModel;
    SearchFilterProxy *m_participantProxy;
    QUndoStack *m_undoStack;
    QLineEdit *m_search;
    QComboBox *m_mixFilter;
    QTableView *m_table;
    QTableView *m_participants;
    QLabel *m_selectedTitle;
    QLabel *m_mixWarning;
    QLabel *m_feedbackSummary;
    QLabel *m_count;
    BackgroundJob *m_loadJob;
    quint64 m_changeCount = 0;
    bool m_loaded = false;
    qint64 m_selectWhenLoaded = 0;
    QHash<qint64, QList<ParticipantLine>> m_participantLines; // by class
};

} // namespace rongpei
