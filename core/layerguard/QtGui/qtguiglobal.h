// Every header of QtGui and QtWidgets includes this one first. The core library puts this
// folder ahead of Qt's own include paths, so reaching for the GUI from core stops the build.
#error "core must not use QtGui or QtWidgets: keep widgets, colours and icons in ui/"
