#pragma once

#include "common/CadreActions.h"

#include <QList>

class QWidget;

namespace rongpei {

class ModulePage;
class Workspace;

/// What the study module contributes to the shell.
namespace StudyModule {

/// The module's pages in navigation order: sessions, compliance, 三会一课, the branch summary, rules.
QList<ModulePage *> createPages(Workspace &workspace, QWidget *parent);

/// 学习档案 of a cadre, offered on the roster.
CadreAction studyFileAction(Workspace &workspace);
/// The roster's "Opening hours…" on a cadre: hours earned before the records began.
CadreAction openingHoursAction(Workspace &workspace);

/// Opens the study file of `cadre` without blocking.
void openStudyFile(Workspace &workspace, const Cadre &cadre, QWidget *parent);

} // namespace StudyModule

} // namespace rongpei
