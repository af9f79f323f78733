#pragma once

// Server-sent events parser: see the run-engine issue.
