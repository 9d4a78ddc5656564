#pragma once

#include "common/DomainEnum.h"

#include <QComboBox>

namespace rongpei {

/// A combo box listing every value of a domain enum by its label.
template <typename E>
QComboBox *enumCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), QVariant::fromValue(static_cast<int>(value)));
    return combo;
}

template <typename E>
void selectEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template <typename E>
E selectedEnum(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace rongpei
