// A CAMEO event code told in words for the page: its name, its root's name,
// QuadClass, Goldstein value and PLOVER category, from the code table.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "casus/cameo.h"

namespace casus::serve {

// "verbal cooperation", "material cooperation", "verbal conflict", "material conflict".
std::string_view QuadClassName(int quad);

// {"code","name","root","root_name","quad","quad_name","penta","goldstein","plover","words"};
// "words" is one readable sentence. Codes missing from the table get what is known.
nlohmann::json ExplainCode(const CameoTable& cameo, std::string_view code);

}  // namespace casus::serve
