// JNI to Go: one C function per native method of Native.Jni, each calling the Go export (or
// floor_loop.c's loop over it), the way hand-written or gomobile-style JNI bindings reach Go.
#include <jni.h>
#include "libperformance.h"
#include "floor_loop.h"

JNIEXPORT void JNICALL Java_dev_gofromjava_performance_bench_Native_00024Jni_noop(JNIEnv *env, jclass cls) {
    (void)env;
    (void)cls;
    noop();
}

JNIEXPORT jlong JNICALL Java_dev_gofromjava_performance_bench_Native_00024Jni_add(JNIEnv *env, jclass cls, jlong a, jlong b) {
    (void)env;
    (void)cls;
    return add(a, b);
}

JNIEXPORT jlong JNICALL Java_dev_gofromjava_performance_bench_Native_00024Jni_floorLoopNoop(JNIEnv *env, jclass cls, jlong n) {
    (void)env;
    (void)cls;
    return floorLoopNoop(n);
}

JNIEXPORT jlong JNICALL Java_dev_gofromjava_performance_bench_Native_00024Jni_floorLoopAdd(JNIEnv *env, jclass cls, jlong n) {
    (void)env;
    (void)cls;
    return floorLoopAdd(n);
}
