#include "sseparser.h"
