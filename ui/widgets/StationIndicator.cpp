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
    if (who.packer.isEmpty()) {
        //: The status bar: %1 is this station's name
        setText(tr("%1 · no packer named").arg(who.station));
        setAccessibleName(tr("Station %1, no packer named").arg(who.station));
        return;
    }
    //: The status bar: %1 is this station's name, %2 who packs there
    setText(tr("%1 · %2").arg(who.station, who.packer));
    setAccessibleName(tr("Station %1, packer %2").arg(who.station, who.packer));
}
