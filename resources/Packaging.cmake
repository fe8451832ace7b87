# `cpack -G DEB` in the build folder makes backoffice_<version>_<arch>.deb (see README).
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time as a plugin, and so invisible to it,
# is named here: the SQL drivers (SQLite for a desk, PostgreSQL for a team), the X11/Wayland platform plugins and
# libcurl (loaded when the first e-mail goes out, core/email/Mailer.cpp). Back Office's own modules (QtKeychain,
# QtNetwork and libphonenumber behind core/common/RuntimeModule) are files of the package, so dpkg-shlibdeps sees what they link.
set(CPACK_PACKAGE_NAME backoffice)
set(CPACK_PACKAGE_VENDOR "Back Office developers")
set(CPACK_PACKAGE_CONTACT "Back Office developers <developers@backoffice.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "support desk for clients who get no two-factor codes")
# CPack indents each line by one space; a line with a single "." is a paragraph break (Debian policy 5.6.13).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Back Office is the desk application support operators of a brokerage
platform use when a client does not receive, or cannot use, two-factor
authentication codes (Google Authenticator or SMS): find the client, check a
code, diagnose why codes do not arrive, check SMS providers, and disable a
second factor only at the client's verified request, with a tamper-evident
audit log.
.
This package holds the desktop application (backoffice) and its command line
(backoffice-cli).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libcurl4 (>= 7.85)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_GENERATOR DEB)
include(CPack)
