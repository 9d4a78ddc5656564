#pragma once

#include "roster/Cadre.h"
#include "study/StudyFile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace rongpei {

/// 学习档案: one cadre's study sessions, hours by year and by kind, and attendance rate.
class StudyFileDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Shows `file`, the study file of `cadre`, with `today`'s year among the years to choose.
    StudyFileDialog(StudyFile file, const Cadre &cadre, QDate today, QWidget *parent = nullptr);

    const StudyFile &file() const { return m_file; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *byYearTable() const { return m_byYear; }
    QTableWidget *byKindTable() const { return m_byKind; }
    QLabel *summary() const { return m_summary; }

private:
    void showYear();

    StudyFile m_file;
    QComboBox *m_year;
    QLabel *m_summary;
    QTableWidget *m_byYear;
    QTableWidget *m_byKind;
    QTableWidget *m_sessions;
    QTableWidget *m_otherRecords;
};

} // namespace rongpei
