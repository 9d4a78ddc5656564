#pragma once

#include "roster/Cadre.h"
#include "study/OpeningHours.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rongpei {

class OpeningHoursRepository;

/// 期初学时 of one cadre: the hours earned in each year before the records began, with their
/// evidence. Every change is saved at once; a deletion is asked first.
class OpeningHoursDialog final : public QDialog
{
    Q_OBJECT

public:
    OpeningHoursDialog(OpeningHoursRepository &repository, const Cadre &cadre, QDate today,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void showSelected();
    void save();
    void removeSelected();
    qint64 selectedId() const;

    OpeningHoursRepository &m_repository;
    Cadre m_cadre;
    QList<OpeningHours> m_balances;
    QTableWidget *m_table;
    QSpinBox *m_year;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_remove;
};

} // namespace rongpei
