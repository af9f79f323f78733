#pragma once

// Internal to rl_model: the pieces of the request parser that live in requestparser_options.cpp.
#include "createthreadandrunrequest.h"
#include "jsonreader.h"

namespace rl {

void parseTools(ObjectReader &r, Field<QList<Tool>> &tools);
void parseRunOptions(ObjectReader &r, CreateThreadAndRunRequest &request);

} // namespace rl
