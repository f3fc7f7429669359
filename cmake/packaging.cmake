# What `cmake --install` puts where (FHS, through GNUInstallDirs), and the Debian package built
# from it with CPack: `cmake --preset package && cmake --build --preset package &&
# cpack --preset package` writes build-package/touchstone_<version>_<arch>.deb.

# Man pages, gzipped as Debian policy asks (gzip -n: no name or time stamp, so reproducible).
file(GLOB TOUCHSTONE_MAN_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/man/*.1)
set(TOUCHSTONE_MAN_GZ)
foreach(page IN LISTS TOUCHSTONE_MAN_PAGES)
  get_filename_component(name ${page} NAME)
  set(gz ${PROJECT_BINARY_DIR}/man/${name}.gz)
  add_custom_command(
    OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
    COMMAND sh -c "gzip -9 -n -c \"$0\" > \"$1\"" ${page} ${gz}
    DEPENDS ${page}
    VERBATIM)
  list(APPEND TOUCHSTONE_MAN_GZ ${gz})
endforeach()
add_custom_target(touchstone-man ALL DEPENDS ${TOUCHSTONE_MAN_GZ})
install(FILES ${TOUCHSTONE_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The documentation, with the screenshots it shows; the licence as Debian's copyright file.
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png" PATTERN "*.pdf" PATTERN "man" EXCLUDE)
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

set(CPACK_PACKAGE_NAME touchstone)
set(CPACK_PACKAGE_VENDOR "The Touchstone developers")
set(CPACK_PACKAGE_CONTACT "The Touchstone developers <touchstone@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer-experience workbench: journey maps, metrics, strategy")
set(CPACK_PACKAGE_DESCRIPTION
    "Touchstone is a desktop workbench for customer-experience teams: journey maps with
touchpoints, pain points and opportunities; a purpose and CX-vision canvas; survey metrics
(NPS, CSAT, CES) with intervals, linked to retention; an alignment-gap review; and a strategy
roadmap exported as a PDF report. Everything lives in one local file (*.cxw). touchstone-cli
scripts every import, figure and export.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY touchstone)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://touchstone.invalid/")
# Shared libraries through dpkg-shlibdeps; what is loaded at run time and not linked — Qt's
# platform plugins and a font for the map, the PDF and the PNG/SVG exports — by name.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-lato | fonts-noto-core | fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, shared-mime-info, desktop-file-utils, hicolor-icon-theme")
include(CPack)
