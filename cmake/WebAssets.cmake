# The page of `casus serve` (web/) and what it uses from npm, assembled into
# build/web at build time: nothing is fetched when the page runs.
#   vendor/uPlot.esm.js, vendor/uPlot.min.css   charts (npm uplot, MIT)
#   vendor/world.json                           country outlines for the map, simplified
#                                               from the npm package world-countries (ODbL)
# The npm packages are installed by scripts/install-deps.sh (npm install -g).
if(NOT EXISTS "${CASUS_NPM_ROOT}/uplot/dist/uPlot.esm.js")
  message(FATAL_ERROR "npm package uplot not found under '${CASUS_NPM_ROOT}'; run scripts/install-deps.sh")
endif()
set(CASUS_WEB_DIR ${CMAKE_BINARY_DIR}/web)
file(GLOB CASUS_WEB_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/web/*.html ${PROJECT_SOURCE_DIR}/web/*.js
     ${PROJECT_SOURCE_DIR}/web/*.css)
set(CASUS_WEB_OUTPUTS)
foreach(source ${CASUS_WEB_SOURCES})
  get_filename_component(name ${source} NAME)
  add_custom_command(OUTPUT ${CASUS_WEB_DIR}/${name}
                     COMMAND ${CMAKE_COMMAND} -E copy_if_different ${source} ${CASUS_WEB_DIR}/${name}
                     DEPENDS ${source})
  list(APPEND CASUS_WEB_OUTPUTS ${CASUS_WEB_DIR}/${name})
endforeach()
foreach(name uPlot.esm.js uPlot.min.css)
  add_custom_command(OUTPUT ${CASUS_WEB_DIR}/vendor/${name}
                     COMMAND ${CMAKE_COMMAND} -E copy_if_different ${CASUS_NPM_ROOT}/uplot/dist/${name}
                             ${CASUS_WEB_DIR}/vendor/${name}
                     DEPENDS ${CASUS_NPM_ROOT}/uplot/dist/${name})
  list(APPEND CASUS_WEB_OUTPUTS ${CASUS_WEB_DIR}/vendor/${name})
endforeach()
add_custom_command(
  OUTPUT ${CASUS_WEB_DIR}/vendor/world.json
  COMMAND ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/web/build/world_outline.mjs ${CASUS_NPM_ROOT}/world-countries/data
          ${CASUS_WEB_DIR}/vendor/world.json
  DEPENDS ${PROJECT_SOURCE_DIR}/web/build/world_outline.mjs
  COMMENT "Simplifying country outlines for the map")
list(APPEND CASUS_WEB_OUTPUTS ${CASUS_WEB_DIR}/vendor/world.json)
add_custom_target(casus_web ALL DEPENDS ${CASUS_WEB_OUTPUTS})
