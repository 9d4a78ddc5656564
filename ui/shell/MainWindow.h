#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace rongpei {

class ModulePage;
class OrganizationPage;
class CompliancePage;
class MeetingCalendarPage;
class RosterPage;
class StudyPage;
class StudyRulesPage;
class Workspace;

/// The main window: a sidebar of modules, the chosen module's page, menus with the
/// shortcuts every page shares, and a status bar naming the open file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    OrganizationPage *organizationPage() const { return m_organizationPage; }
    RosterPage *rosterPage() const { return m_rosterPage; }
    StudyPage *studyPage() const { return m_studyPage; }
    CompliancePage *compliancePage() const { return m_compliancePage; }
    MeetingCalendarPage *meetingCalendarPage() const { return m_meetingCalendarPage; }
    StudyRulesPage *studyRulesPage() const { return m_studyRulesPage; }
    void showPage(ModulePage *page);
    ModulePage *currentPage() const;

private:
    void addPage(ModulePage *page);
    void createMenus();
    void updateStatus();
    void showSettings();
    void showAbout();

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QUndoGroup *m_undoGroup;
    QLabel *m_fileLabel;
    QLabel *m_savedLabel;
    OrganizationPage *m_organizationPage;
    RosterPage *m_rosterPage;
    StudyPage *m_studyPage;
    CompliancePage *m_compliancePage;
    MeetingCalendarPage *m_meetingCalendarPage;
    StudyRulesPage *m_studyRulesPage;
};

} // namespace rongpei
