package io.stocktrace.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Sends requests from many threads released at the same instant, and collects every answer in order. */
public final class Concurrently {
    private Concurrently() {
    }

    /** Runs {@code call.apply(i)} for i from 0 to threads - 1, all at once; answers in the order of i. */
    public static List<Http.Response> run(int threads, IntFunction<Callable<Http.Response>> call) throws Exception {
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            calls.add(call.apply(i));
        }
        return all(calls);
    }

    /** Runs every call on its own thread, all released at the same instant; answers in the order of the calls. */
    public static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
