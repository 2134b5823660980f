#include "print/PrintingApplication.h"

#include <QGuiApplication>

namespace PrintingApplication {

std::unique_ptr<QCoreApplication> create(int &argc, char **argv)
{
    // Offscreen whatever the session offers: a printer script at the station may run without a
    // display, and nothing here is ever shown.
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace PrintingApplication
