// Placeholder until the Xapian shim lands.
#include "CXapian.h"
