// Every header of this Qt module includes this one first. The print library puts this folder
// ahead of Qt's own include paths, so reaching for widgets, printer dialogs, the network or SQL
// from print/ stops the build.
#error "print/ draws documents with QtGui only: no widgets, printer dialogs, network or SQL"
