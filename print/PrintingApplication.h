#pragma once

#include <QCoreApplication>

#include <memory>

// The application object of a program without windows that prints (smidig-cli print): a
// QGuiApplication on the offscreen platform, since laying out text for a PDF needs the fonts
// only a GUI application has, and no display is needed or wanted. Declared without QtGui, so
// smidig-cli's own files, which may not include it, can make one.
namespace PrintingApplication {

std::unique_ptr<QCoreApplication> create(int &argc, char **argv);

} // namespace PrintingApplication
