#pragma once

#include "core/model/Lease.h"

#include <QString>

// What a station and a packer may be called, the same for the window's settings and
// smidig-cli's --station and --packer: one line of text, no longer than other stations' tables
// and the details pane can show, and never an empty station (the machine's host name then).
namespace StationNaming {

// Long enough for "Packing table 3 by the north door", short enough for a table cell.
inline constexpr qsizetype kMaxLength = 40;

// The name a station goes by until someone names it: the machine's host name.
QString defaultStationName();
// Trimmed, runs of whitespace and control characters as one space, at most kMaxLength
// characters (a surrogate pair is never cut in half).
QString cleaned(const QString &text);
// Both names cleaned; a station left empty is the default one, a packer may stay empty.
StationIdentity identity(const QString &station, const QString &packer);

} // namespace StationNaming
