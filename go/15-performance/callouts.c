// The C half of callJava and callC. cgo copies the preamble of a file with //export into the
// library's header, so definitions live here and the preamble only declares them.
#include "_cgo_export.h"

void gfj_call(gfj_callback f) { f(); }

void gfj_c_noop(void) {}
