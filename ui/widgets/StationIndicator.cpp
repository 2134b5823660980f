#include "ui/widgets/StationIndicator.h"

using namespace Qt::StringLiterals;

StationIndicator::StationIndicator(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(u"stationIndicator"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::NoFocus); // Ctrl+Shift+P does the same from the keyboard
    setToolTip(tr("This station and who packs here, as other stations see them and each "
                  "fulfillment records them. Click to change the packer (Ctrl+Shift+P)."));
}

void StationIndicator::showStation(const StationIdentity &who)
{
    //: The status bar: %1 is this station's name, %2 who packs there
    setText(who.packer.isEmpty() ? tr("%1 · no packer named").arg(who.station)
                                 : tr("%1 · %2").arg(who.station, who.packer));
    setAccessibleName(who.packer.isEmpty()
                          ? tr("Station %1, no packer named").arg(who.station)
                          : tr("Station %1, packer %2").arg(who.station, who.packer));
}
