# Turns data of installed packages into files casus reads at run time:
#   lexicon.tsv     word -> Penn tags, from the npm package en-lexicon (MIT)
#   countries.txt   countries in our actor-dictionary format, from Debian's
#                   iso-codes and the npm package world-countries (ODbL)
# The packages are installed by scripts/install-deps.sh (npm install -g).
find_program(NODE_EXECUTABLE NAMES node nodejs REQUIRED)
find_program(NPM_EXECUTABLE NAMES npm REQUIRED)
execute_process(COMMAND ${NPM_EXECUTABLE} root -g OUTPUT_VARIABLE CASUS_NPM_ROOT
                OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE npm_root_result)
if(NOT npm_root_result EQUAL 0 OR NOT EXISTS "${CASUS_NPM_ROOT}/en-lexicon")
  message(FATAL_ERROR "npm package en-lexicon not found under '${CASUS_NPM_ROOT}'; run scripts/install-deps.sh")
endif()
set(CASUS_ISO_CODES_DIR /usr/share/iso-codes/json)
if(NOT EXISTS ${CASUS_ISO_CODES_DIR}/iso_3166-1.json)
  message(FATAL_ERROR "Debian iso-codes not found; run scripts/install-deps.sh")
endif()

set(CASUS_GENERATED_DIR ${CMAKE_BINARY_DIR}/data)
file(MAKE_DIRECTORY ${CASUS_GENERATED_DIR})

add_custom_command(
  OUTPUT ${CASUS_GENERATED_DIR}/lexicon.tsv
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=${CASUS_NPM_ROOT}
          ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/build/export_lexicon.js ${CASUS_GENERATED_DIR}/lexicon.tsv
  DEPENDS ${PROJECT_SOURCE_DIR}/tools/build/export_lexicon.js
  COMMENT "Exporting the en-lexicon tagger lexicon")
add_custom_command(
  OUTPUT ${CASUS_GENERATED_DIR}/countries.txt
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=${CASUS_NPM_ROOT}
          ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/build/generate_countries.js
          ${CASUS_ISO_CODES_DIR}/iso_3166-1.json ${PROJECT_SOURCE_DIR}/data/tables/country_codes.tsv
          ${CASUS_GENERATED_DIR}/countries.txt
  DEPENDS ${PROJECT_SOURCE_DIR}/tools/build/generate_countries.js ${PROJECT_SOURCE_DIR}/data/tables/country_codes.tsv
  COMMENT "Generating the country dictionary")
add_custom_target(casus_generated_data ALL
  DEPENDS ${CASUS_GENERATED_DIR}/lexicon.tsv ${CASUS_GENERATED_DIR}/countries.txt)
