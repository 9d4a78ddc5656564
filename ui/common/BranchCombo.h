#pragma once

#include "organization/Organization.h"

#include <QList>

class QComboBox;

namespace rongpei {

/// Fills `combo` with the party branches among `units`, in the order a Chinese reader looks for
/// them (by pinyin), and lets the clerk type part of a name to find one among hundreds. Text
/// that names no branch is put back to the chosen one, so the combo always holds a branch.
void fillBranchCombo(QComboBox *combo, const QList<Organization> &units);
/// The same with the party committees too, after the branches: the units that host study sessions.
void fillHostCombo(QComboBox *combo, const QList<Organization> &units);
/// The enterprise, its party committees and its branches, in that order: the units that make a
/// yearly training plan.
void fillPlanningUnitCombo(QComboBox *combo, const QList<Organization> &units);
/// Every unit, departments after the rest and named with their branch ("第一党支部 / 生产部"):
/// where a cadre may serve, as a rotation's home and host.
void fillAnyUnitCombo(QComboBox *combo, const QList<Organization> &units);
/// How fillAnyUnitCombo names `unit`.
QString unitLabel(const Organization &unit, const QList<Organization> &units);

} // namespace rongpei
