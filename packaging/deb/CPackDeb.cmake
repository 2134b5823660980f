# CPack's DEB generator: the package's control fields. Why each dependency is there is in
# docs/packaging.md; in short, shlibdeps finds the libraries the programs link, and what Qt
# loads at run time (plugins, translations, a secret service over D-Bus) is named by hand.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME smidig)
set(CPACK_PACKAGE_VENDOR "The Smidig developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Smidig maintainers <maintainers@users.noreply.r-seed-010fe39a.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE) # Debian ships stripped programs
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # smidig_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "${SMIDIG_DEBIAN_REVISION}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The synopsis, then the long description: CPack indents it and marks empty lines with " .".
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "order desk for Shopify stores")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Smidig shows the staff at the packing station what is paid but not yet
shipped in a Shopify store, and lets them ship it: one order or a hundred,
with tracking numbers typed or scanned.

It keeps a local copy of the shop's orders, so it starts at once and keeps
working offline, and sends every fulfilment through a durable outbox, so
nothing is lost and nothing is sent twice. The smidig-cli command does the
same from scripts. In English, Danish and German.")

set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The local store is SQLite through Qt's plugin, which nothing links: without it Smidig
# cannot open any shop.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Each of these makes Smidig better but it starts without them:
#   libqt6sql6-psql     Qt's PostgreSQL driver, for a shared store
#   libsecret-1-0 and a Secret Service provider: where QtKeychain keeps access tokens
#   qt6-wayland         a native window on Wayland sessions (XWayland works without it)
#   libqt6svg6          the SVG icon engine: the status icons and the window icon
#   qt6-translations-l10n  Qt's own texts (dialog buttons) in Danish and German
#   pipewire-pulse | pulseaudio  a sound server for pack mode's tones: QSoundEffect in Qt 6.4
#                       plays through libpulse inside libQt6Multimedia (no plugin; shlibdeps
#                       finds libqt6multimedia6, which depends on libpulse0), and without a
#                       server Smidig packs in silence. Debian 12's desktops run PipeWire's.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6sql6-psql, libsecret-1-0, gnome-keyring | keepassxc | kwalletmanager, qt6-wayland, libqt6svg6, qt6-translations-l10n, pipewire-pulse | pulseaudio")

include(CPack)
