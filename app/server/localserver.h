#pragma once

// The built-in local server: see the local-server issue.
