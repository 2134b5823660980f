// Must not compile: print/ may not use widgets (printer dialogs are ui's). The test
// print_refuses_widget_includes builds this file and passes only on the guard's message.
#include <QWidget>
