# A Debian package: cpack -G DEB in the build folder.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.berth.Berth.desktop
        DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.berth.Berth.metainfo.xml
        DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/berth.svg
        DESTINATION share/icons/hicolor/scalable/apps RENAME io.berth.Berth.svg)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.berth.Berth.mime.xml
        DESTINATION share/mime/packages RENAME io.berth.Berth.xml)
install(FILES ${PROJECT_SOURCE_DIR}/resources/samples/web-api.berth
        DESTINATION share/berth/samples)
# The classroom labs (`berth lab`, Help > Labs...).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/labs DESTINATION share/berth)
# Shell completion (the man page berth(1) is made and installed in app/).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completion/berth.bash
        DESTINATION share/bash-completion/completions RENAME berth)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completion/_berth
        DESTINATION share/zsh/vendor-completions)

set(CPACK_PACKAGE_NAME berth)
set(CPACK_PACKAGE_VENDOR "Berth")
set(CPACK_PACKAGE_CONTACT "Berth developers <berth@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The platform plugins Qt loads at run time, which dpkg-shlibdeps cannot see (xcb, wayland).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own dialogs in Japanese (qtbase_ja.qm) and a font that draws kanji in Japanese forms.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker.io, haproxy, docker-registry, gnome-keyring, openssl, \
qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
