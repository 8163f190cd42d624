// Marks for callgrind around the calls being counted (bench/count-instructions): countBegin zeroes
// callgrind's counts and countEnd writes them out, so a dump holds those calls and nothing else (no
// start-up, no JIT warm-up). Outside valgrind each is a few instructions that do nothing.
#include <valgrind/callgrind.h>

void countBegin(void) { CALLGRIND_ZERO_STATS; }

void countEnd(void) { CALLGRIND_DUMP_STATS_AT("counted calls"); }
