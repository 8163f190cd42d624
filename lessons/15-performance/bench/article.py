"""The article's own client, timed in the same run as the JVM: Python ctypes calling the same
exports of the same library, and the article's pure-Python versions of the same work.

    python3 article.py LIBRARY N REPEATS    prints properties: median times, in ns per call or ms per run

N is the size of pi, shuffle and the list conversion (10,000,000 in the article).
"""
import array
import ctypes
import random
import statistics
import sys
import time
import timeit


def median_ns(stmt, number, repeats, env):
    return statistics.median(timeit.repeat(stmt, number=number, repeat=repeats, globals=env)) / number * 1e9


def median_ms(run, repeats):
    times = []
    for _ in range(repeats):
        t = time.perf_counter_ns()
        run()
        times.append((time.perf_counter_ns() - t) / 1e6)
    return statistics.median(times)


def main():
    path, n, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    lib = ctypes.CDLL(path)
    lib.noop.argtypes, lib.noop.restype = [], None
    lib.add.argtypes, lib.add.restype = [ctypes.c_int64, ctypes.c_int64], ctypes.c_int64
    lib.pi.argtypes, lib.pi.restype = [ctypes.c_int64], ctypes.c_double
    lib.shuffle.argtypes, lib.shuffle.restype = [ctypes.POINTER(ctypes.c_double), ctypes.c_int64], None
    assert lib.add(2, 3) == 5, "add(2, 3) != 5"

    env = {"noop": lib.noop, "add": lib.add}
    calls = 1_000_000 if n >= 1_000_000 else 100_000
    result = {
        "python": sys.version.split()[0],
        "n": n,
        "noop": median_ns("noop()", calls, repeats, env),
        "add": median_ns("add(2, 3)", calls, repeats, env),
    }

    tolerance = 4 / (2 * n + 1)  # an alternating series stops within its next term
    assert abs(lib.pi(n) - 3.141592653589793) <= tolerance, "Go's pi is wrong"
    result["piGo"] = median_ms(lambda: lib.pi(n), repeats)
    result["piPython"] = median_ms(lambda: sum((-1) ** i * 4 / (i * 2 + 1) for i in range(n)), repeats)

    nums = list(range(n))

    def shuffle_in_go():  # the article's way: an array, a ctypes view of it, the call, a list again
        arr = array.array("d", nums)
        lib.shuffle((ctypes.c_double * n).from_buffer(arr), n)
        return list(arr)

    shuffled = shuffle_in_go()
    assert sorted(shuffled) == [float(x) for x in nums], "Go's shuffle is not a permutation"
    result["shuffleGo"] = median_ms(shuffle_in_go, repeats)
    result["shufflePython"] = median_ms(lambda: random.shuffle(nums), repeats)

    # The conversions (one way, list -> C array) on a list in order, as the article's: the
    # shuffles above left nums in random memory order, which would slow every read.
    nums = list(range(n))
    result["toCtypes"] = median_ms(lambda: (ctypes.c_double * n)(*nums), repeats)
    result["toArray"] = median_ms(lambda: (ctypes.c_double * n).from_buffer(array.array("d", nums)), repeats)
    for key, value in result.items():
        print(f"{key}={value}")


if __name__ == "__main__":
    main()
