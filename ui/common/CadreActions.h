#pragma once

#include "roster/Cadre.h"

#include <QIcon>
#include <QKeySequence>
#include <QString>

#include <functional>

class QWidget;

namespace rongpei {

/// Something a later module offers on a cadre of the roster (the study module: the study
/// file), so the roster page shows it without including that module's dialogs.
struct CadreAction
{
    QString text;
    QString toolTip;
    QIcon icon;
    QKeySequence shortcut;
    std::function<void(const Cadre &cadre, QWidget *parent)> run;
};

} // namespace rongpei
