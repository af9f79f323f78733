#pragma once

// Typed settings: see the connections issue.
