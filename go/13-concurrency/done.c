// The C half of lesson 13: calls the completion callback the caller passed,
// which Go cannot call itself.

#include <stdint.h>

typedef void (*gfj_done_f)(int64_t id, int64_t status, int64_t result, char* message, int64_t messageLen);

void gfjDone(gfj_done_f done, int64_t id, int64_t status, int64_t result, char* message, int64_t messageLen) {
	done(id, status, result, message, messageLen);
}
