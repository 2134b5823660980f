// Compiled with core's include rules by the test core_refuses_widget_includes, which passes
// only when this file fails to build: core must not reach for QtWidgets.
#include <QtWidgets/QWidget>

int layerGuardViolation()
{
    return sizeof(QWidget);
}
