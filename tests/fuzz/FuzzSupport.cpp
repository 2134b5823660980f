#include "tests/fuzz/FuzzSupport.h"

#include <QtGlobal>

#include <cstdio>

namespace {

// Qt's warnings about odd input (and the parsers' own) are expected by the thousand while
// fuzzing and only slow it down; critical and fatal messages still reach stderr.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessageHandler);
    return 0;
}
