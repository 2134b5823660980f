#pragma once

#include <QList>
#include <QStringList>

// The local store's schema as a list of steps: step N brings version N-1 to version N.
// Steps are only ever appended; a released step is never edited.
const QList<QStringList> &schemaMigrations();
