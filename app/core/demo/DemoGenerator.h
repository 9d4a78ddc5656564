#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rongpei {

class DemoFiles;
class Workspace;

struct DemoOptions
{
    int cadres = 300;
    quint32 seed = 2026;
    /// Draws the files attached to some meetings; none are attached without it.
    const DemoFiles *files = nullptr;
};

struct DemoSummary
{
    int committees = 0;
    int branches = 0;
    int departments = 0;
    int cadres = 0;
    int sessions = 0;
    int attendance = 0;   // roll-call lines
    int openingHours = 0; // 期初学时, per cadre and year
    int attachments = 0;  // files attached to meetings
    int courses = 0;      // of the catalogue
    int classes = 0;      // training classes
    int participants = 0; // their cohorts, summed
    int feedbackForms = 0;
    int followUps = 0; // rated
    int plans = 0;     // development plans, last year's and this year's
    int unitPlans = 0; // yearly training plans of the enterprise and committees
    int posts = 0;     // rows of post histories
    int rotations = 0;
    /// The users admin, manager and clerk (of this branch), all with DemoGenerator::password.
    QString clerkBranch;
    /// The administrator's recovery key.
    QString recoveryKey;
};

/// Fills an empty database with a realistic, deterministic Chinese enterprise: the
/// same options always give the same records. Later modules add their records here.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(rongpei::DemoGenerator)

public:
    /// Called now and then with (done, total); return false to cancel (nothing is kept).
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoGenerator(Workspace &workspace);

    /// The password of the demo's users admin, manager and clerk: a demo file is for trying out.
    static inline const QString password = QStringLiteral("rongpei-demo");

    /// Throws ValidationError if the database already holds records or the options are out of range.
    DemoSummary generate(const DemoOptions &options, const Progress &progress = {});

    static constexpr int maxCadres = 200000;

private:
    void addUsers(qint64 clerkBranch, DemoSummary &summary);
    Workspace &m_workspace;
};

} // namespace rongpei
